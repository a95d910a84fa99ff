import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map`, with `transform` run on every core; the results keep the elements' order.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        // Every index was filled above.
        return results.withLock { $0 }.map { $0! }
    }
}
