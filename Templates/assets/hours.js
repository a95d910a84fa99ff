// Open now: whether a pathway is open at this moment and when that next changes, worked out in
// the browser from the hours the page carries, so the answer stays right on a page saved hours
// or days ago. This is the site generator's hours engine written again in JavaScript; both run
// the same cases (Tests/WaymarkKitTests/Fixtures/hours/cases.json) and must answer alike.
//
// Hours are wall-clock times in the site's zone (Europe/London unless the page's body names
// another in `data-time-zone`), whatever zone the phone is set to. Every reading of a clock goes
// through Intl with that zone named; Date's local getters are never used. Across clock changes
// a time is reached at the first instant the clock reads it or later: a time in the skipped hour
// when the clocks jump, a time in the repeated hour the first time.
//
// window.WaymarkHours.status(hours, bankHolidayDates, instant[, timeZone]) answers
// {state, next: {change, date, time, at} | null, description}, where state is "open",
// "closing-soon", "last-referral-passed" or "closed" and next.at is a Date.
// window.WaymarkHours.refresh() fills the page's open-now lines again.
(function () {
  'use strict';

  // The zone hours are written in, unless the page names the site's own (`data-time-zone`).
  const DEFAULT_ZONE = 'Europe/London';
  const DAY = 86400;
  const HOUR = 3600;
  const CLOSING_SOON_SECONDS = 30 * 60;
  const SEARCH_DAYS = 366;
  const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const MONTH_NAMES = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ];
  const RULES = ['closed', 'open', 'as-sunday'];
  const STATES = ['open', 'closing-soon', 'last-referral-passed', 'closed'];

  // --- Calendar dates, as whole days since 1970-01-01 -------------------------------------

  function parseDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
    if (!match) throw new Error('not a date: ' + text);
    const days = Date.UTC(+match[1], +match[2] - 1, +match[3]) / 86400000;
    if (formatDate(days) !== text) throw new Error('no such day: ' + text);
    return days;
  }

  function civil(days) {
    const date = new Date(days * 86400000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }

  function pad(value, width) {
    return String(value).padStart(width, '0');
  }

  function formatDate(days) {
    const date = civil(days);
    return pad(date.year, 4) + '-' + pad(date.month, 2) + '-' + pad(date.day, 2);
  }

  // Monday is 0; 1970-01-01 was a Thursday.
  function weekday(days) {
    return (((days % 7) + 7) + 3) % 7;
  }

  // --- Times of day, as minutes since midnight (1440 is 24:00) ----------------------------

  function parseTime(text) {
    const match = /^(\d{2}):(\d{2})$/.exec(String(text));
    if (!match) throw new Error('not a time: ' + text);
    const hours = +match[1];
    const minutes = +match[2];
    if (minutes >= 60 || hours > 24 || (hours === 24 && minutes !== 0)) throw new Error('no such time: ' + text);
    return hours * 60 + minutes;
  }

  function formatTime(minutes) {
    return pad(Math.floor(minutes / 60), 2) + ':' + pad(minutes % 60, 2);
  }

  // --- Wall-clock readings in a zone: {date, minutes} ---------------------------------------

  function reading(date, minutes) {
    const days = Math.floor(minutes / 1440);
    return { date: date + days, minutes: minutes - days * 1440 };
  }

  const clocks = new Map();

  // A clock on the wall in `zone`: `wallClock(second)` reads it at an instant (seconds since
  // 1970-01-01 UTC) and `firstSecond(date, minutes)` finds the first instant it reads a time or
  // later. Both keep what they work out, for sessions repeat day after day and card after card.
  function clockIn(zone) {
    let clock = clocks.get(zone);
    if (clock) return clock;
    const formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });

    // How far the zone is ahead of UTC at `second`, in seconds, as Intl says.
    function offsetFromIntl(second) {
      const parts = {};
      for (const part of formatter.formatToParts(new Date(second * 1000))) parts[part.type] = part.value;
      const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
      return local / 1000 - second;
    }

    // Asking Intl is slow next to the rest of the engine, and a type page asks thousands of
    // times, so offsets are kept per UTC day: a day whose first and last seconds agree has one
    // offset throughout (clocks change at most once a day), and a day with a change is settled
    // per hour, the change found to the second by bisection.
    const dayOffsets = new Map();
    const hourOffsets = new Map();

    function offset(second) {
      const day = Math.floor(second / DAY);
      let known = dayOffsets.get(day);
      if (known === undefined) {
        const first = offsetFromIntl(day * DAY);
        known = first === offsetFromIntl(day * DAY + DAY - 1) ? first : null;
        dayOffsets.set(day, known);
      }
      if (known !== null) return known;
      const hour = Math.floor(second / HOUR);
      let span = hourOffsets.get(hour);
      if (span === undefined) {
        const before = offsetFromIntl(hour * HOUR);
        const after = offsetFromIntl(hour * HOUR + HOUR - 1);
        let low = hour * HOUR;
        let high = hour * HOUR + HOUR - 1;
        if (before === after) {
          high = hour * HOUR + HOUR;
        } else {
          while (high - low > 1) {
            const middle = low + Math.floor((high - low) / 2);
            if (offsetFromIntl(middle) === before) low = middle; else high = middle;
          }
        }
        span = { change: high, before: before, after: after };
        hourOffsets.set(hour, span);
      }
      return second < span.change ? span.before : span.after;
    }

    const readsAt = (second) => second + offset(second);

    function wallClock(second) {
      const local = readsAt(second);
      const date = Math.floor(local / DAY);
      return { date: date, minutes: Math.floor((local - date * DAY) / 60) };
    }

    function search(local) {
      // The offset a day either side of a reading is the right one except across a clock
      // change, so one of these is right wherever the reading exists.
      const candidates = [local - DAY, local, local + DAY].map((second) => local - offset(second));
      const exact = candidates.filter((second) => readsAt(second) === local);
      if (exact.length) return Math.min(...exact);
      // The reading is in a skipped hour: find the jump over it.
      let before = Math.min(...candidates);
      let after = Math.max(...candidates);
      while (after - before > 1) {
        const middle = before + Math.floor((after - before) / 2);
        if (readsAt(middle) >= local) after = middle; else before = middle;
      }
      return after;
    }

    const firstSeconds = new Map();

    function firstSecond(date, minutes) {
      const local = date * DAY + minutes * 60;
      let known = firstSeconds.get(local);
      if (known === undefined) {
        if (firstSeconds.size > 100000) firstSeconds.clear();
        known = search(local);
        firstSeconds.set(local, known);
      }
      return known;
    }

    clock = { wallClock: wallClock, firstSecond: firstSecond, offset: offset, offsetFromIntl: offsetFromIntl };
    clocks.set(zone, clock);
    return clock;
  }

  // --- Hours ---------------------------------------------------------------------------------

  // The content's `hours` object, checked, with each weekday's open spans worked out once.
  function model(hours) {
    if (!hours || typeof hours !== 'object') throw new Error('hours must be an object');
    const rule = hours.bank_holidays == null ? 'closed' : hours.bank_holidays;
    if (!RULES.includes(rule)) throw new Error('unknown bank_holidays: ' + rule);
    const sessions = (hours.sessions || []).map((session) => ({
      days: session.days.map((day) => {
        const index = WEEKDAYS.indexOf(day);
        if (index < 0) throw new Error('unknown day: ' + day);
        return index;
      }),
      from: parseTime(session.from),
      to: parseTime(session.to),
    }));
    const spans = WEEKDAYS.map((_, day) => sessions
      .filter((session) => session.days.includes(day))
      .sort((a, b) => a.from - b.from)
      .filter((session) => session.from < session.to)
      .map((session) => [session.from, session.to]));
    return {
      always: hours.always === true,
      rule: rule,
      spans: spans,
      closures: (hours.closures || []).map((closure) => ({
        from: parseDate(closure.from), to: parseDate(closure.to), reason: closure.reason == null ? null : String(closure.reason),
      })),
      lastReferral: hours.last_referral == null ? null : parseTime(hours.last_referral),
    };
  }

  function closureCovering(hours, date) {
    return hours.closures.find((closure) => closure.from <= date && date <= closure.to) || null;
  }

  // The minutes `date` is open, after closures and bank holidays.
  function openSpans(hours, date, holidays) {
    if (closureCovering(hours, date)) return [];
    if (hours.always) return [[0, 1440]];
    let day = weekday(date);
    if (holidays.has(date)) {
      if (hours.rule === 'closed') return [];
      if (hours.rule === 'as-sunday') day = 6;
    }
    return hours.spans[day];
  }

  // The open period containing `now`, else the next one, else null, from yesterday to
  // SEARCH_DAYS days after today; `end` is null when it is beyond the search.
  function openPeriod(hours, now, today, holidays, clock) {
    let pending = null;
    for (let offsetDays = -1; offsetDays <= SEARCH_DAYS; offsetDays++) {
      const date = today + offsetDays;
      for (const span of openSpans(hours, date, holidays)) {
        const start = clock.firstSecond(date, span[0]);
        const end = clock.firstSecond(date, span[1]);
        // A span wholly inside a skipped hour never opens.
        if (!(start < end)) continue;
        if (pending) {
          if (start <= pending.end) {
            pending.end = Math.max(pending.end, end);
            continue;
          }
          if (pending.end > now) return pending;
        }
        pending = { start: start, end: end };
      }
    }
    if (!pending || !(pending.end > now)) return null;
    return { start: pending.start, end: null };
  }

  // The last referral time that has passed in this open period, and the one still to come before
  // it closes.
  function lastReferralTimes(hours, now, today, period, clock) {
    if (hours.always || hours.lastReferral === null) return { passed: null, ahead: null };
    const times = [-1, 0, 1].map((days) => reading(today + days, hours.lastReferral));
    const seconds = times.map((time) => clock.firstSecond(time.date, time.minutes));
    const next = seconds.findIndex((second) => second > now);
    if (next < 0) return { passed: null, ahead: null };
    const latest = next - 1;
    return {
      passed: latest >= 0 && seconds[latest] >= period.start ? times[latest] : null,
      ahead: period.end !== null && seconds[next] < period.end ? times[next] : null,
    };
  }

  // A moment it opens or closes; a close at midnight is 24:00 on the day it ends.
  function change(kind, second, clock) {
    let { date, minutes } = clock.wallClock(second);
    if (kind === 'closes' && minutes === 0) {
      date -= 1;
      minutes = 1440;
    }
    return { kind: kind, second: second, date: date, minutes: minutes };
  }

  // "20:00" today, "Monday 08:00" within the next six days, "26 December 08:00" from a week on,
  // with the year when it is not this year's.
  function when(date, minutes, today) {
    const days = date - today;
    const time = formatTime(minutes);
    if (days === 0) return time;
    if (days >= 1 && days <= 6) return DAY_NAMES[weekday(date)] + ' ' + time;
    const day = civil(date);
    const year = day.year === civil(today).year ? '' : ' ' + day.year;
    return day.day + ' ' + MONTH_NAMES[day.month - 1] + year + ' ' + time;
  }

  function describe(state, next, lastReferral, closureReason, today) {
    const upcoming = next ? next.kind + ' ' + when(next.date, next.minutes, today) : null;
    const referral = lastReferral ? '; last referral ' + when(lastReferral.date, lastReferral.minutes, today) : '';
    switch (state) {
      case 'open':
        return upcoming ? 'Open, ' + upcoming + referral : 'Open 24 hours';
      case 'closing-soon':
        return 'Closing soon, ' + (upcoming || '') + referral;
      case 'last-referral-passed':
        return 'Open, but no referrals' + (lastReferral ? ' after ' + formatTime(lastReferral.minutes) : '')
          + (upcoming ? '; ' + upcoming : '');
      default:
        return 'Closed' + (closureReason === null ? '' : ' (' + closureReason + ')') + ', '
          + (upcoming || 'no opening in the next year');
    }
  }

  function answer(hours, holidays, instant, clock) {
    const now = Math.floor(instant.getTime() / 1000);
    if (!Number.isFinite(now)) throw new Error('not an instant');
    const today = clock.wallClock(now).date;
    const period = openPeriod(hours, now, today, holidays, clock);
    let state = 'closed';
    let next = null;
    let lastReferral = null;
    let closureReason = null;
    if (!period || period.start > now) {
      next = period ? change('opens', period.start, clock) : null;
      const closure = closureCovering(hours, today);
      closureReason = closure ? closure.reason : null;
    } else {
      const referral = lastReferralTimes(hours, now, today, period, clock);
      if (referral.passed) state = 'last-referral-passed';
      else if (period.end !== null && period.end - now <= CLOSING_SOON_SECONDS) state = 'closing-soon';
      else state = 'open';
      next = period.end === null ? null : change('closes', period.end, clock);
      lastReferral = referral.passed || referral.ahead;
    }
    return {
      state: state,
      next: next && {
        change: next.kind, date: formatDate(next.date), time: formatTime(next.minutes), at: new Date(next.second * 1000),
      },
      description: describe(state, next, lastReferral, closureReason, today),
    };
  }

  function holidaySet(dates) {
    return new Set(Array.from(dates || [], parseDate));
  }

  function status(hours, bankHolidayDates, instant, timeZone) {
    return answer(model(hours), holidaySet(bankHolidayDates), instant, clockIn(timeZone || DEFAULT_ZONE));
  }

  // --- The page: fill every `.open-now[data-hours]` and keep it current -----------------------

  function show(element, result) {
    if (element.textContent !== result.description) element.textContent = result.description;
    if (element.getAttribute('data-state') !== result.state) element.setAttribute('data-state', result.state);
    for (const state of STATES) element.classList.toggle('open-now--' + state, state === result.state);
    element.hidden = false;
  }

  function refresh() {
    const elements = document.querySelectorAll('.open-now[data-hours]');
    if (!elements.length) return;
    let holidays;
    let clock;
    try {
      // Without the calendar a bank holiday would read as a normal day: show nothing rather.
      if (!Array.isArray(window.WaymarkBankHolidays)) throw new Error('the site lists no bank holidays');
      holidays = holidaySet(window.WaymarkBankHolidays);
      clock = clockIn(document.body.getAttribute('data-time-zone') || DEFAULT_ZONE);
    } catch (error) {
      for (const element of elements) element.hidden = true;
      console.error('Open now:', error);
      return;
    }
    const instant = new Date();
    // A type page repeats the same hours on many cards: work each out once.
    const answers = new Map();
    for (const element of elements) {
      try {
        const text = element.getAttribute('data-hours');
        let result = answers.get(text);
        if (!result) {
          result = answer(model(JSON.parse(text)), holidays, instant, clock);
          answers.set(text, result);
        }
        show(element, result);
      } catch (error) {
        // A stale or wrong answer is worse than none: this card keeps only its written hours.
        element.hidden = true;
        console.error('Open now:', error);
      }
    }
  }

  function start() {
    refresh();
    setInterval(refresh, 30000);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh();
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) refresh();
    });
  }

  window.WaymarkHours = { status: status, refresh: refresh };

  if (typeof document !== 'undefined' && document.querySelectorAll) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})();
