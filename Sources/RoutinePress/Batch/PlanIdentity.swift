import Glibc
import RoutineModel

/// The `id` a plan names itself by, read without decoding the plan: a JSON Lines plan is written
/// under it, and every plan gets its name in input order, rendered or not, so a shard or a rerun
/// names each plan as one whole run does.
enum PlanIdentity {
    /// The top-level `id` string of `bytes`, or nil (not JSON, not an object, no string id).
    static func id(in bytes: [UInt8]) -> String? {
        // Every shard names every line, so most lines are another shard's: one without the
        // characters of an `id` key (written plainly or with an escape) is not parsed at all.
        guard mayName("\"id\"", in: bytes) || mayName("\\u", in: bytes) else { return nil }
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value.value,
              !id.isEmpty else { return nil }
        return id
    }

    /// Whether `bytes` is a plan object with a top-level `date` string (the date its sheet prints).
    static func hasDate(_ bytes: [UInt8]) -> Bool {
        guard mayName("\"date\"", in: bytes) || mayName("\\u", in: bytes) else { return false }
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let member = members.first(where: { $0.key == "date" }), case .string = member.value.value else { return false }
        return true
    }

    /// The logo file the plan's clinic names (`clinic.logo`, not a data URL), or nil.
    static func logoFile(in bytes: [UInt8]) -> String? {
        guard mayName("\"logo\"", in: bytes) || mayName("\\u", in: bytes) else { return nil }
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              case .object(let clinic)? = members.first(where: { $0.key == "clinic" })?.value.value,
              case .string(let logo)? = clinic.first(where: { $0.key == "logo" })?.value.value,
              !logo.hasPrefix("data:") else { return nil }
        return logo
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
