import Foundation
import RoutineModel

/// The catalog written back as JSON, in the same shape as the catalog file.
public enum CatalogJSON {
    /// The whole catalog; `pictureURL` adds the address of each entry's picture (for the web page).
    public static func encode(_ catalog: Catalog, pictureURL: ((Exercise) -> String?)? = nil) -> String {
        let entries: [[String: Any]] = catalog.exercises.map { e in
            var d: [String: Any] = ["id": e.id, "name": e.name, "muscles": e.muscles.map(\.rawValue), "secondary": e.secondary.map(\.rawValue)]
            if let k = e.kind { d["kind"] = k.rawValue }
            if let c = e.cue { d["cue"] = c }
            if let i = e.instructions { d["instructions"] = i }
            var dose: [String: Any] = [:]
            if let v = e.dose.duration { dose["duration"] = v }
            if let v = e.dose.passes { dose["passes"] = v }
            if let v = e.dose.reps { dose["reps"] = v }
            if let v = e.dose.sets { dose["sets"] = v }
            if let v = e.dose.hold { dose["hold"] = v }
            if let v = e.dose.side { dose["side"] = v.rawValue }
            d["dose"] = dose
            if let url = pictureURL?(e) { d["picture"] = url }
            return d
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["version": 1, "exercises": entries], options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
