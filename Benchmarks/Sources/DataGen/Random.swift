/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna), its state filled from the
/// seed by SplitMix64. Our own, so that the same seed gives byte-identical files on every
/// platform and Swift version (the standard library's generator is neither seedable nor stable).
struct Xoshiro256: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next()
        s1 = sm.next()
        s2 = sm.next()
        s3 = sm.next()
    }

    mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A generator for a sub-stream, so that adding draws to one part of the generation does not
    /// shift every later part.
    mutating func fork(_ salt: UInt64) -> Xoshiro256 {
        Xoshiro256(seed: next() ^ (salt &* 0x9E37_79B9_7F4A_7C15))
    }

    /// Uniform integer in `range` (Lemire's multiply-shift; the tiny bias is irrelevant here and
    /// the result is deterministic, unlike `Int.random(in:using:)` whose algorithm may change).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(bitPattern: UInt(next())) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// Uniform double in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func double(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An index drawn with the given non-negative weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (index, weight) in weights.enumerated() {
            if x < weight { return index }
            x -= weight
        }
        return weights.count - 1
    }

    /// Fisher–Yates shuffle with this generator.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = int(0...i)
            if i != j { items.swapAt(i, j) }
        }
    }
}

/// SplitMix64: seeds xoshiro from one 64-bit number.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
