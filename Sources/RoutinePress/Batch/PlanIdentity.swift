import RoutineModel

/// The `id` a plan names itself by, read without decoding the plan: a JSON Lines plan is written
/// under it, and every plan gets its name in input order, rendered or not, so a shard or a rerun
/// names each plan as one whole run does.
enum PlanIdentity {
    /// The top-level `id` string of `bytes`, or nil (not JSON, not an object, no string id).
    static func id(in bytes: [UInt8]) -> String? {
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value.value,
              !id.isEmpty else { return nil }
        return id
    }

    /// Whether `bytes` is a plan object with a top-level `date` string (the date its sheet prints).
    static func hasDate(_ bytes: [UInt8]) -> Bool {
        guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
              let member = members.first(where: { $0.key == "date" }), case .string = member.value.value else { return false }
        return true
    }
}
