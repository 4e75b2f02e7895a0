import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` across all cores, results in input order; the work of each element must be independent.
    package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { buffer in
            let elements = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in
                results.set(transform(elements.value[index]), at: index)
            }
        }
        return results.values()
    }
}

/// Write-once slots filled from concurrent iterations, each index by exactly one of them.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package func set(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    package func values() -> [Value] { slots.compactMap { $0 } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    package let value: Value
    package init(_ value: Value) { self.value = value }
}
