/*
 * Waymark search: finds places, pathway types and pathways in the browser, with no server, so
 * that it works offline. The index (`search-index.json` at the site's root, written by the build)
 * is fetched the first time a crew focuses the search box, or at once on the search page when the
 * address carries `?q=`.
 *
 * Every word of the query must match a word of a result: exactly, as the start of a word, or with
 * a small typing mistake (one letter wrong, missing, extra or swapped for words of 4 to 7 letters;
 * two for longer words). A full postcode finds its district. Exact matches rank above starts of
 * words, which rank above typing mistakes; a place or pathway type ranks above the pathways that
 * match as well; a pathway taking referrals ranks above one that is not.
 *
 * Exposes `window.WaymarkSearch`: `ready()` loads the index and resolves when it is loaded;
 * `query(text)` returns the ranked results (empty until the index is loaded).
 */
(function () {
    "use strict";

    const SHOWN = 20;
    const DELAY = 150;
    const STOP_WORDS = new Set(["a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"]);

    // How well a query word matches a record's word.
    const EXACT = 1;
    const PREFIX_BASE = 0.5;
    const PREFIX_SPAN = 0.3; // A start of a word scores more the more of the word it covers.
    const ONE_MISTAKE = 0.35;
    const TWO_MISTAKES = 0.25;
    // How much a word counts in each part of a record: what it is called, or a detail about it.
    const NAME = 0;
    const DETAIL = 1;
    const FIELD_WEIGHT = [1, 0.5];

    const KIND_ORDER = { place: 0, type: 1, pathway: 2 };
    const STATUS_ORDER = { active: 0, suspended: 1, retired: 2, draft: 3 };
    const KIND_LABEL = { place: "Place", type: "Pathway type", pathway: "Pathway" };
    const STATUS_WARNING = {
        suspended: "Suspended: not taking referrals",
        retired: "Retired: no longer taking referrals",
        draft: "Draft: not approved for use",
    };

    const DISTRICT = /^[a-z]{1,2}[0-9][a-z0-9]?$/;
    const INWARD = /^[0-9][a-z]{2}$/;
    const FULL_POSTCODE = /^([a-z]{1,2}[0-9][a-z0-9]?)([0-9][a-z]{2})$/;
    const LETTERS = /^[a-z]+$/;
    const NOT_ASCII = /[^\x00-\x7f]/;

    /** Lower case, without accents, apostrophes or other punctuation, as words. */
    function words(text) {
        let plain = String(text);
        if (NOT_ASCII.test(plain)) plain = plain.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        plain = plain
            .toLowerCase()
            .replace(/['\u2018\u2019]/g, "")
            .replace(/[^a-z0-9]+/g, " ")
            .trim();
        return plain === "" ? [] : plain.split(" ");
    }

    /**
     * The query's terms. A full postcode ("LS1 4AP", "ls14ap") becomes its district, which must
     * then match exactly. Small words such as "and" or "in" are left out, unless the query has
     * nothing else.
     */
    function terms(text) {
        const list = words(text);
        const found = [];
        for (let i = 0; i < list.length; i += 1) {
            const word = list[i];
            const joined = FULL_POSTCODE.exec(word);
            if (DISTRICT.test(word) && i + 1 < list.length && INWARD.test(list[i + 1])) {
                found.push({ word, exactOnly: true });
                i += 1;
            } else if (joined && !DISTRICT.test(word)) {
                found.push({ word: joined[1], exactOnly: true });
            } else {
                found.push({ word, exactOnly: false });
            }
        }
        const meaningful = found.filter((term) => term.exactOnly || !STOP_WORDS.has(term.word));
        return meaningful.length > 0 ? meaningful : found;
    }

    /** Whether `a` and `b` are within `limit` edits (optimal string alignment distance). */
    function distance(a, b, limit) {
        if (Math.abs(a.length - b.length) > limit) return limit + 1;
        let before = null;
        let previous = [];
        for (let j = 0; j <= b.length; j += 1) previous.push(j);
        for (let i = 1; i <= a.length; i += 1) {
            const current = [i];
            let smallest = i;
            for (let j = 1; j <= b.length; j += 1) {
                const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
                let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
                if (
                    before &&
                    i > 1 &&
                    j > 1 &&
                    a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
                    a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
                ) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current.push(value);
                if (value < smallest) smallest = value;
            }
            if (smallest > limit) return limit + 1;
            before = previous;
            previous = current;
        }
        return previous[b.length];
    }

    /** How well query term `term` matches the record word `token`: 0 when it does not. */
    function quality(term, token) {
        const word = term.word;
        if (token === word) return EXACT;
        if (term.exactOnly) return 0;
        if (token.length > word.length && token.startsWith(word)) {
            return PREFIX_BASE + (PREFIX_SPAN * word.length) / token.length;
        }
        if (word.length < 4 || !LETTERS.test(word)) return 0;
        const limit = word.length >= 8 ? 2 : 1;
        const edits = distance(word, token, limit);
        if (edits > limit) return 0;
        return edits === 1 ? ONE_MISTAKE : TWO_MISTAKES;
    }

    /** The loaded index: its records and, for each distinct word, the records that hold it. */
    class Index {
        constructor(data) {
            this.tokens = [];
            this.postings = [];
            this.records = [];
            const ids = new Map();
            const tokenised = new Map();
            // For each word, the last record that listed it and in which field, so that each record
            // lists a word once, with the field where it counts most.
            const listedBy = [];
            const fieldIn = [];
            const idsOf = (text) => {
                let found = tokenised.get(text);
                if (found === undefined) {
                    found = [];
                    for (const word of words(text)) {
                        let id = ids.get(word);
                        if (id === undefined) {
                            id = this.tokens.length;
                            ids.set(word, id);
                            this.tokens.push(word);
                            this.postings.push([]);
                            listedBy.push(-1);
                            fieldIn.push(DETAIL);
                        }
                        found.push(id);
                    }
                    tokenised.set(text, found);
                }
                return found;
            };
            const add = (record, parts) => {
                const index = this.records.length;
                this.records.push(record);
                const listed = [];
                for (const [field, texts] of parts) {
                    for (const text of texts) {
                        if (text === null || text === undefined || text === "") continue;
                        for (const id of idsOf(text)) {
                            if (listedBy[id] !== index) {
                                listedBy[id] = index;
                                fieldIn[id] = field;
                                listed.push(id);
                            } else if (field < fieldIn[id]) {
                                fieldIn[id] = field;
                            }
                        }
                    }
                }
                for (const id of listed) this.postings[id].push(index * 2 + fieldIn[id]);
            };

            const strings = data.strings;
            for (const [id, href, name, shortName] of data.types) {
                add({ kind: "type", title: name, href, place: null, context: null, status: "active" }, [
                    [NAME, [name, shortName, id]],
                ]);
            }
            for (const [id, href, name, system, trusts, districts] of data.places) {
                add({ kind: "place", title: name, href, place: name, context: strings[system], status: "active" }, [
                    [NAME, [name, id, districts]],
                    [DETAIL, [strings[system], ...trusts.map((trust) => strings[trust])]],
                ]);
            }
            for (const [href, title, typeIndex, placeIndex, provider, status, criteria] of data.pathways) {
                const type = data.types[typeIndex];
                const place = data.places[placeIndex];
                add({ kind: "pathway", title, href, place: place[2], context: place[2], status }, [
                    [NAME, [title, type[2], type[3], type[0], place[2]]],
                    [
                        DETAIL,
                        [
                            provider === null ? null : strings[provider],
                            status,
                            place[5],
                            ...criteria.map((criterion) => strings[criterion]),
                        ],
                    ],
                ]);
            }
            this.total = new Float64Array(this.records.length);
            this.best = new Float64Array(this.records.length);
            this.matched = new Uint16Array(this.records.length);
        }

        /** Every record that matches `text`, best first. */
        query(text) {
            const list = terms(text);
            if (list.length === 0) return [];
            const { total, best, matched, records, postings, tokens } = this;
            total.fill(0);
            matched.fill(0);
            for (const term of list) {
                const touched = [];
                for (let id = 0; id < tokens.length; id += 1) {
                    const score = quality(term, tokens[id]);
                    if (score === 0) continue;
                    for (const entry of postings[id]) {
                        const record = entry >> 1;
                        const value = score * FIELD_WEIGHT[entry & 1];
                        if (best[record] === 0) touched.push(record);
                        if (value > best[record]) best[record] = value;
                    }
                }
                for (const record of touched) {
                    total[record] += best[record];
                    matched[record] += 1;
                    best[record] = 0;
                }
            }
            const found = [];
            for (let record = 0; record < records.length; record += 1) {
                if (matched[record] === list.length) found.push(record);
            }
            const rounded = (record) => Math.round(total[record] * 1e6);
            found.sort((a, b) => {
                const first = records[a];
                const second = records[b];
                return (
                    rounded(b) - rounded(a) ||
                    KIND_ORDER[first.kind] - KIND_ORDER[second.kind] ||
                    (STATUS_ORDER[first.status] ?? 9) - (STATUS_ORDER[second.status] ?? 9) ||
                    (first.title < second.title ? -1 : first.title > second.title ? 1 : 0) ||
                    (first.href < second.href ? -1 : first.href > second.href ? 1 : 0)
                );
            });
            return found.map((record) => Object.assign({ score: total[record] }, records[record]));
        }
    }

    // Loading, once.
    const root = (document.body && document.body.dataset.root) || "";
    let index = null;
    let loading = null;

    function ready() {
        if (loading === null) {
            loading = fetch(root + "search-index.json", { credentials: "same-origin" })
                .then((response) => {
                    if (!response.ok) throw new Error("search-index.json: HTTP " + response.status);
                    return response.json();
                })
                .then((data) => {
                    index = new Index(data);
                });
            loading.catch(() => {
                loading = null; // Let the next attempt try again.
            });
        }
        return loading;
    }

    function query(text) {
        return index === null ? [] : index.query(text);
    }

    window.WaymarkSearch = { ready, query };

    // The page.
    function element(name, className, text) {
        const node = document.createElement(name);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function summary(count, text) {
        const quoted = "\u2018" + text.trim() + "\u2019";
        if (count === 0) return "No results for " + quoted;
        const found = count === 1 ? "1 result for " + quoted : count + " results for " + quoted;
        return count > SHOWN ? found + ", showing the first " + SHOWN : found;
    }

    function render(container, text, results) {
        const list = element("ol", "search-list");
        for (const result of results.slice(0, SHOWN)) {
            const kinds = "search-result search-result-" + result.kind + " search-result-" + result.status;
            const item = element("li", kinds);
            const link = element("a", "search-result-link", result.title);
            link.href = root + result.href;
            const meta = element("span", "search-result-meta");
            meta.append(element("span", "search-result-kind", KIND_LABEL[result.kind]));
            if (result.context) meta.append(" ", element("span", "search-result-context", result.context));
            item.append(link, " ", meta);
            const warning = STATUS_WARNING[result.status];
            if (warning) item.append(" ", element("span", "status status-" + result.status, warning));
            list.append(item);
        }
        const count = element("p", "search-count", summary(results.length, text));
        container.replaceChildren(count, ...(results.length > 0 ? [list] : []));
    }

    function renderMessage(container, text) {
        container.replaceChildren(element("p", "search-count", text));
    }

    function start() {
        for (const note of document.querySelectorAll(".search-no-script")) note.hidden = true;
        const form = document.querySelector("form.search-form");
        const input = document.getElementById("search-input");
        if (!form || !input) return;
        let container = document.getElementById("search-results");
        // The search page has its own results; elsewhere they appear under the form as the crew types.
        const onSearchPage = container !== null;
        if (!onSearchPage) {
            container = element("div", "search-results");
            container.id = "search-results";
            container.setAttribute("aria-live", "polite");
            form.after(container);
        }

        let timer = 0;
        let shown = null;
        function update() {
            const text = input.value;
            if (onSearchPage) {
                const address = new URL(window.location.href);
                if (text.trim() === "") address.searchParams.delete("q");
                else address.searchParams.set("q", text);
                window.history.replaceState(window.history.state, "", address);
            }
            if (text.trim() === "") {
                shown = text;
                container.replaceChildren();
                return;
            }
            if (index === null) {
                renderMessage(container, "Loading the search index\u2026");
                ready().then(
                    () => {
                        if (input.value === text) update();
                    },
                    () => {
                        const browse = element("a", "", "browse by trust, system and place");
                        browse.href = root + "index.html#browse";
                        const message = element("p", "search-count", "Search could not load its index. You can ");
                        message.append(browse, " instead.");
                        container.replaceChildren(message);
                    },
                );
                return;
            }
            if (text === shown) return;
            shown = text;
            render(container, text, index.query(text));
        }
        function later() {
            window.clearTimeout(timer);
            timer = window.setTimeout(update, DELAY);
        }

        input.addEventListener("focus", () => ready().catch(() => {}));
        input.addEventListener("input", later);
        if (onSearchPage) {
            form.addEventListener("submit", (event) => {
                event.preventDefault();
                window.clearTimeout(timer);
                shown = null;
                update();
            });
            const asked = new URL(window.location.href).searchParams.get("q");
            if (asked !== null && asked.trim() !== "") {
                input.value = asked;
                update();
            }
        }
    }

    start();
})();
