/// Where each object of a PDF being written is, and the small objects waiting to be packed into
/// the next object stream.
struct PDFObjectTable {
    /// Each object's offset in the file; -1 while reserved, -2 once packed into an object stream.
    private var offsets: [Int] = [0]
    /// For each object in an object stream, the stream's number and the object's place in it
    /// (stream << 16 | place); 0 for the others.
    private var packed: [Int] = [0]
    /// The waiting objects' numbers and offsets (an object stream's head), their bodies, their numbers.
    private var head = PDFBytes(capacity: 1024), bodies = PDFBytes(capacity: 16 * 1024)
    private var waiting: [Int] = []

    /// `count` new object numbers in a row; returns the first.
    mutating func reserve(_ count: Int) -> Int {
        let first = offsets.count
        offsets.append(contentsOf: repeatElement(-1, count: count))
        packed.append(contentsOf: repeatElement(0, count: count))
        return first
    }

    /// Adds object `number` to the waiting ones; returns how many are waiting.
    mutating func add(_ number: Int, body: PDFBytes) -> Int {
        wait(number)
        head.append(number, " "); head.append(bodies.count, " ")
        bodies.append(body); bodies.append(byte: 0x0A)
        return waiting.count
    }

    /// Puts reserved object `number` among the waiting ones.
    private mutating func wait(_ number: Int) {
        precondition(offsets[number] == -1, "PDF object \(number) written twice or never reserved")
        offsets[number] = -2
        waiting.append(number)
    }

    /// How many objects wait.
    var waitingCount: Int { waiting.count }

    /// Adds objects `first + index`, `first + index + 1`, … whose bodies are `bodies` cut at
    /// `ends`, each body ending in its separator, until `limit` wait; returns how many it added.
    /// The bodies are copied in one piece and the head written in one go.
    mutating func add(from first: Int, bodies all: PDFBytes, ends: [Int], at index: Int, limit: Int) -> Int {
        let n = min(ends.count - index, limit - waiting.count)
        guard n > 0 else { return 0 }
        let base = index == 0 ? 0 : ends[index - 1], offset = bodies.count - base
        for number in first + index..<first + index + n { wait(number) }
        head.write(room: 42 * n) { w in
            var start = base
            for k in 0..<n {
                w.put(first + index + k, " "); w.put(offset + start, " ")
                start = ends[index + k]
            }
        }
        bodies.append(all, base..<ends[index + n - 1])
        return n
    }

    /// The waiting objects as an object stream's data (head, then bodies), under a new number;
    /// nil when none wait.
    mutating func takeObjectStream() -> (number: Int, count: Int, first: Int, data: [UInt8])? {
        guard !waiting.isEmpty else { return nil }
        let stream = reserve(1)
        for (i, number) in waiting.enumerated() { packed[number] = stream << 16 | i }
        let first = head.count, count = waiting.count
        head.append(bodies)
        let data = head.take()
        bodies.removeAll(); waiting.removeAll(keepingCapacity: true)
        return (stream, count, first, data)
    }

    /// Notes that object `number` starts at `offset` in the file.
    mutating func place(_ number: Int, at offset: Int) {
        precondition(offsets[number] == -1, "PDF object \(number) written twice or never reserved")
        offsets[number] = offset
    }

    /// Every object's offset and object-stream place, once all are written.
    func finished() -> (offsets: [Int], packed: [Int]) {
        if let missing = offsets.indices.dropFirst().first(where: { offsets[$0] == -1 }) {
            preconditionFailure("PDF object \(missing) was reserved but never written")
        }
        return (offsets, packed)
    }
}
