import Foundation
import Synchronization
import Testing

@testable import WaymarkKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Output folders: only a site waymark built is replaced, and builds take turns")
struct OutputGuardTests {
    @Test("A folder waymark did not build is refused and left as it was; an empty one is used")
    func refusesUnrelatedFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appending(path: "Documents")
        try TestSupport.write(["letter.txt": "Dear colleague"], into: documents)
        #expect {
            _ = try SiteWriter(output: documents, mustNotContain: [], mustNotBeInside: [])
        } throws: { error in
            (error as? SiteWriter.Failure)?.description
                == "refusing to replace \(documents.path): it holds 1 item and was not built by waymark (it has no .waymark-site file), and a build replaces its output folder whole. Choose an empty or new folder with --output; if it is a site an earlier version of waymark built, delete it and build again"
        }
        #expect(try String(contentsOf: documents.appending(path: "letter.txt"), encoding: .utf8) == "Dear colleague")
        let empty = folder.appending(path: "Empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let writer = try SiteWriter(output: empty, mustNotContain: [], mustNotBeInside: [])
        try writer.write(RenderedSite(files: [.init(path: "index.html", text: "one")]))
        try writer.write(RenderedSite(files: [.init(path: "index.html", text: "two")]))
        #expect(try String(contentsOf: empty.appending(path: "index.html"), encoding: .utf8) == "two")
    }

    @Test("A folder emptied of its marker after the writer was made is still refused when the write starts")
    func checksAgainUnderTheLock() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        let writer = try SiteWriter(output: output, mustNotContain: [], mustNotBeInside: [])
        try TestSupport.write(["thesis.tex": "work"], into: output)
        #expect(throws: SiteWriter.Failure.self) {
            try writer.write(RenderedSite(files: [.init(path: "index.html", text: "x")]))
        }
        #expect(try String(contentsOf: output.appending(path: "thesis.tex"), encoding: .utf8) == "work")
    }

    @Test("A build waits while another holds the output folder, says so once, then writes")
    func waitsForTheLock() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "Site")
        var writer = try SiteWriter(output: output, mustNotContain: [], mustNotBeInside: [])
        let waited = Mutex(0)
        writer.whenWaiting = { waited.withLock { $0 += 1 } }
        let held = try OutputLock.take(beside: writer.output, waiting: {})
        let finished = Mutex(false)
        let done = DispatchSemaphore(value: 0)
        let background = writer
        Thread.detachNewThread {
            _ = try? background.write(RenderedSite(files: [.init(path: "index.html", text: "after")]))
            finished.withLock { $0 = true }
            done.signal()
        }
        // The writer cannot finish while the lock is held; give it time to reach the lock.
        for _ in 0..<200 where waited.withLock({ $0 }) == 0 { Thread.sleep(forTimeInterval: 0.01) }
        #expect(waited.withLock { $0 } == 1)
        #expect(finished.withLock { $0 } == false)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        OutputLock.release(held)
        done.wait()
        #expect(try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8) == "after")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
    }

    @Test("A leftover folder is kept while its build runs, and removed once it is older than any build")
    func staleLeftovers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The process that started the tests stands for another build still running.
        let running = getppid()
        let fresh = folder.appending(path: ".Site.building-\(running)")
        let stale = folder.appending(path: ".Site.previous-\(running)")
        try TestSupport.write(["index.html": "half built"], into: fresh)
        try TestSupport.write(["index.html": "old"], into: stale)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        try FileManager.default.setAttributes(
            [.modificationDate: now.addingTimeInterval(-60)], ofItemAtPath: fresh.path)
        try FileManager.default.setAttributes(
            [.modificationDate: now.addingTimeInterval(-2 * SiteWriter.staleAfter)], ofItemAtPath: stale.path)
        SiteWriter.removeLeftovers(in: folder, named: "Site", now: now)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [".Site.building-\(running)"])
    }

    @Test("Two builds started together into one folder leave one whole site and nothing beside it")
    func concurrentBuilds() throws {
        let repository = try CommandLine.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        // Two different sites: the same content built for two dates.
        let dates = ["2026-11-22", "2026-11-23"]
        var complete: [SiteSnapshot] = []
        for date in dates {
            let run = try CommandLine.run(["build", "--today", date, "--output", "Reference-\(date)"], in: repository)
            #expect(run.status == 0, "\(run.output)\(run.error)")
            complete.append(try SiteSnapshot(of: repository.appending(path: "Reference-\(date)")))
        }
        #expect(complete[0] != complete[1])
        for round in 0..<4 {
            let runs = Mutex([Int32]())
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let run = try? CommandLine.run(["build", "--today", dates[index]], in: repository)
                runs.withLock { $0.append(run?.status ?? -1) }
            }
            #expect(runs.withLock { $0 } == [0, 0], "round \(round)")
            let site = try SiteSnapshot(of: repository.appending(path: "Site"))
            #expect(site == complete[0] || site == complete[1], "round \(round): the site is not one whole build")
            let beside = try FileManager.default.contentsOfDirectory(atPath: repository.path).filter {
                $0.hasPrefix(".Site")
            }
            #expect(beside.isEmpty, "round \(round): left beside the site: \(beside)")
        }
    }
}
