import Glibc
import RoutineModel

/// The `id` a plan names itself by, read without decoding the plan: a JSON Lines plan is written
/// under it, and every plan gets its name in input order, rendered or not, so a shard or a rerun
/// names each plan as one whole run does.
enum PlanIdentity {
    /// The top-level `id` string of `bytes`, or nil (not JSON, not an object, no string id).
    static func id(in bytes: [UInt8]) -> String? {
        // Every shard names every line, so most lines are another shard's: one that does not
        // mention an `id` key is not parsed at all.
        guard let members = members(of: bytes, mentioning: "\"id\""),
              case .string(let id)? = members.first(where: { $0.key == "id" })?.value.value, !id.isEmpty else { return nil }
        return id
    }

    /// What of a plan decides what its sheet prints beyond its own bytes, read with one parse:
    /// whether it has a top-level `date` string (else the sheet prints today), and the logo file
    /// its clinic names (`clinic.logo`, not a data URL).
    static func printed(in bytes: [UInt8]) -> (dated: Bool, logoFile: String?) {
        guard let members = members(of: bytes, mentioning: "\"date\"", "\"logo\"") else { return (false, nil) }
        var dated = false
        if case .string? = members.first(where: { $0.key == "date" })?.value.value { dated = true }
        guard case .object(let clinic)? = members.first(where: { $0.key == "clinic" })?.value.value,
              case .string(let logo)? = clinic.first(where: { $0.key == "logo" })?.value.value,
              !logo.hasPrefix("data:") else { return (dated, nil) }
        return (dated, logo)
    }

    /// The top-level members of `bytes`, parsed only when the bytes mention one of `keys`, plainly
    /// or through a `\u` escape; nil when they do not, or are not a JSON object.
    private static func members(of bytes: [UInt8], mentioning keys: StaticString...) -> [JSONNode.Member]? {
        guard keys.contains(where: { mayName($0, in: bytes) }) || mayName("\\u", in: bytes),
              let root = try? JSONParser.parse(bytes), case .object(let members) = root.value else { return nil }
        return members
    }

    /// Whether `bytes` holds `needle`'s UTF-8 anywhere (each candidate found by `memchr`).
    private static func mayName(_ needle: StaticString, in bytes: [UInt8]) -> Bool {
        let n = needle.utf8CodeUnitCount, first = Int32(needle.utf8Start.pointee)
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress, haystack.count >= n else { return false }
            var at = 0
            while at <= haystack.count - n, let hit = memchr(base + at, first, haystack.count - n - at + 1) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + i, needle.utf8Start, n) == 0 { return true }
                at = i + 1
            }
            return false
        }
    }
}
