/// Reads and checks a pose from catalog JSON, reporting every problem with its JSON path and a hint.
public enum PoseReader {
    static let keys = ["view", "description", "body", "camera", "joints", "end", "props", "contacts", "motion"]

    /// The pose in `node`, or nil (with problems reported to `sink`) when it cannot be drawn.
    public static func read(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink) -> Pose? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: keys, what: "a pose") else { return nil }
        let before = sink.diagnostics.count
        let view = r.choice("view", Pose.View.self, required: true, what: "view")
        let description = r.string("description", required: true, limit: .long, what: "a sentence saying what the person does")
        var tilt = BodyTilt()
        if let b = r.object("body", allowed: ["pitch", "roll", "yaw"], what: "the body's tilt") {
            tilt.pitch = number(b, "pitch", in: -180...180) ?? 0
            tilt.roll = number(b, "roll", in: -180...180) ?? 0
            tilt.yaw = number(b, "yaw", in: -180...180) ?? 0
        }
        var camera = CameraTurn()
        if let c = r.object("camera", allowed: ["turn", "tilt"], what: "a camera turn") {
            camera.turn = number(c, "turn", in: -60...60) ?? 0
            camera.tilt = number(c, "tilt", in: -60...60) ?? 0
        }
        let start = angles(r, "joints", required: true) ?? [:]
        let end = angles(r, "end", required: false)
        var props: [PoseProp] = []
        var kinds: [PoseProp.Kind] = []
        for (p, ppath) in r.array("props", what: "a list of props", maxCount: 6) ?? [] {
            // The kind counts even when the rest of the prop is wrong, so contacts on it are not blamed too.
            if case .object(let m) = p.value, let k = m.first(where: { $0.key == "kind" }), case .string(let s) = k.value.value,
               let kind = PoseProp.Kind(rawValue: s) {
                if kinds.contains(kind) {
                    sink.error("second-prop", ppath.appending("kind"), k.value.location, "the pose already has a \(kind.rawValue)", hint: "one of each kind of prop")
                    continue
                }
                kinds.append(kind)
            }
            if let prop = readProp(p, at: ppath, sink: sink) { props.append(prop) }
        }
        var contacts: [PoseContact] = []
        for (c, cpath) in r.array("contacts", what: "a list of contacts", maxCount: 12) ?? [] {
            if let contact = readContact(c, at: cpath, sink: sink, props: props, kinds: kinds) { contacts.append(contact) }
        }
        var motion: [PoseMotion] = []
        for (m, mpath) in r.array("motion", what: "a list of motion marks", maxCount: 3) ?? [] {
            if let mark = readMotion(m, at: mpath, sink: sink, kinds: kinds, hasEnd: end != nil) { motion.append(mark) }
        }
        guard sink.diagnostics.count == before, let view, let description else { return nil }
        return Pose(view: view, description: description, body: tilt, start: start, end: end, props: props,
                    contacts: contacts, motion: motion, camera: camera)
    }

    /// A number in `range`, reporting other values.
    static func number(_ r: ObjectReader, _ key: String, in range: ClosedRange<Double>, what: String = "degrees") -> Double? {
        guard let v = r.value(key) else { return nil }
        guard case .number(let d, let text) = v.value, d.isFinite else {
            r.sink.error("wrong-type", r.path.appending(key), v.location, "expected a number of \(what), found \(v.typeName)")
            return nil
        }
        guard range.contains(d) else {
            r.sink.error("out-of-range", r.path.appending(key), v.location, "\(text) \(what) is out of range",
                         hint: "use \(ObjectReader.shown(range.lowerBound)) to \(ObjectReader.shown(range.upperBound))")
            return nil
        }
        return d
    }


    /// `{"left-hip": {"flexion": 90}, ...}`: every joint known, every angle within its range.
    static func angles(_ r: ObjectReader, _ key: String, required: Bool) -> [JointAngle: Double]? {
        guard let v = r.value(key) else {
            if required { r.missing(key, "the joint angles", hint: "for example {\"left-knee\": {\"flexion\": 90}}; joints: " + Joint.allCases.map(\.rawValue).joined(separator: ", ")) }
            return nil
        }
        let path = r.path.appending(key)
        guard case .object(let members) = v.value else {
            r.sink.error("wrong-type", path, v.location, "expected the joint angles (an object), found \(v.typeName)")
            return nil
        }
        var out: [JointAngle: Double] = [:]
        for m in members {
            guard let joint = Joint(rawValue: m.key) else {
                let hint = Suggestion.hint(for: m.key, in: Joint.allCases.map(\.rawValue)) ?? "joints: " + Joint.allCases.map(\.rawValue).joined(separator: ", ")
                r.sink.error("unknown-joint", path.appending(m.key), m.keyLocation, "unknown joint \"\(ObjectReader.shown(m.key))\"", hint: hint)
                continue
            }
            let motions = joint.ranges.map(\.0.rawValue)
            if case .object(let given) = m.value.value {
                for g in given where !motions.contains(g.key) {
                    r.sink.error("unknown-motion", path.appending(m.key).appending(g.key), g.keyLocation,
                                 "the \(joint.rawValue) does not make \"\(ObjectReader.shown(g.key))\"",
                                 hint: Suggestion.hint(for: g.key, in: motions) ?? "the \(joint.rawValue) moves by: " + motions.joined(separator: ", "))
                }
            }
            let present = (m.value.value.objectKeys ?? []).filter { !motions.contains($0) }
            guard let jr = ObjectReader(m.value, at: path.appending(m.key), sink: r.sink, allowed: motions + present, what: "the angles of the \(joint.rawValue)") else { continue }
            for (motion, range) in joint.ranges {
                guard let d = jr.value(motion.rawValue) else { continue }
                let p = jr.path.appending(motion.rawValue)
                guard case .number(let deg, let text) = d.value, deg.isFinite else {
                    r.sink.error("wrong-type", p, d.location, "expected a number of degrees, found \(d.typeName)")
                    continue
                }
                guard range.contains(deg) else {
                    r.sink.error("angle-out-of-range", p, d.location, "\(text)° of \(joint.rawValue) \(motion.rawValue) is beyond what the joint does",
                                 hint: "use \(ObjectReader.shown(range.lowerBound)) to \(ObjectReader.shown(range.upperBound)) degrees")
                    continue
                }
                out[JointAngle(joint, motion)] = deg
            }
        }
        return out
    }

    static func place(_ r: ObjectReader, _ key: String, required: Bool, segment: Bool = false) -> BodyPlace? {
        guard let v = r.value(key) else {
            if required { r.missing(key, "a place on the body", hint: "for example \"left-calf\"") }
            return nil
        }
        guard let p = ObjectReader.choice(v, BodyPlace.self, at: r.path.appending(key), sink: r.sink, what: "place on the body") else { return nil }
        if segment && !p.isSegment {
            let segments = BodyPlace.allCases.filter(\.isSegment).map(\.rawValue)
            r.sink.error("not-a-limb", r.path.appending(key), v.location, "a roller lies under a stretch of a limb, not under \"\(p.rawValue)\"",
                         hint: Suggestion.hint(for: p.rawValue, in: segments) ?? "one of: " + segments.joined(separator: ", "))
            return nil
        }
        return p
    }

    static func readProp(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink) -> PoseProp? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: ["kind", "under", "touches", "at"], what: "a prop") else { return nil }
        guard let kind = r.choice("kind", PoseProp.Kind.self, required: true, what: "prop") else { return nil }
        let liesUnder = kind == .roller || kind == .step || kind == .cushion
        let key = liesUnder ? "under" : "touches"
        let other = liesUnder ? "touches" : "under"
        if r.has(other) {
            sink.error("wrong-key", path.appending(other), r.value(other)?.location,
                       "a \(kind.rawValue) is placed with \"\(key)\", not \"\(other)\"", hint: "write \"\(key)\"")
            return nil
        }
        guard r.has(key) else {
            sink.error("prop-touches-nothing", path, node.location, "the \(kind.rawValue) \(liesUnder ? "lies under" : "touches") nothing, so it cannot be placed",
                       hint: liesUnder ? "add \"under\": the place it lies under, such as \"left-calf\"" : "add \"touches\": the place that holds or leans on it, such as \"left-hand\"")
            return nil
        }
        guard let place = place(r, key, required: true, segment: kind == .roller) else { return nil }
        var at = 0.5
        if let v = r.value("at") {
            if case .number(let d, let text) = v.value, d.isFinite {
                if (0...1).contains(d) { at = d } else {
                    sink.error("out-of-range", path.appending("at"), v.location, "\(text) is past the limb's ends", hint: "use 0, its upper end, to 1, its lower end")
                }
            } else {
                sink.error("wrong-type", path.appending("at"), v.location, "expected a number from 0 to 1, found \(v.typeName)")
            }
        }
        return PoseProp(kind: kind, place: place, at: at)
    }

    static func readContact(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, props: [PoseProp], kinds: [PoseProp.Kind]) -> PoseContact? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: ["place", "on"], what: "a contact") else { return nil }
        let place = place(r, "place", required: true)
        guard let v = r.value("on") else { r.missing("on", "what the place rests on", hint: "\"floor\", a prop such as \"wall\", or another place"); return nil }
        guard case .string(let s) = v.value else {
            sink.error("wrong-type", path.appending("on"), v.location, "expected what the place rests on (a string), found \(v.typeName)")
            return nil
        }
        guard let place else { return nil }
        if s == "floor" { return PoseContact(place, on: .floor) }
        if let kind = PoseProp.Kind(rawValue: s) {
            guard kinds.contains(kind) else {
                sink.error("missing-prop", path.appending("on"), v.location, "the pose has no \(s) for the \(place.rawValue) to rest on",
                           hint: "add {\"kind\": \"\(s)\", ...} to \"props\"")
                return nil
            }
            // A wall or a chair is placed where the place it names touches it; nothing else can rest on it.
            if kind == .wall || kind == .chair, let prop = props.first(where: { $0.kind == kind }), prop.place != place {
                sink.error("wrong-prop-contact", path.appending("place"), node.location,
                           "the \(s) stands where the \(prop.place.rawValue) touches it, so the \(place.rawValue) cannot rest on it",
                           hint: "rest the \(prop.place.rawValue) on it, or make the \(place.rawValue) the place that \"touches\" it")
                return nil
            }
            return PoseContact(place, on: .prop(kind))
        }
        if let other = BodyPlace(rawValue: s) {
            if other == place { sink.error("self-contact", path.appending("on"), v.location, "a place cannot rest on itself"); return nil }
            return PoseContact(place, on: .place(other))
        }
        let words = ["floor"] + PoseProp.Kind.allCases.map(\.rawValue) + BodyPlace.allCases.map(\.rawValue)
        sink.error("unknown-value", path.appending("on"), v.location, "unknown support \"\(ObjectReader.shown(s))\"",
                   hint: Suggestion.hint(for: s, in: words) ?? "\"floor\", a prop (roller, wall, step, chair, cushion) or a place on the body")
        return nil
    }

    enum MotionKind: String, CaseIterable { case roll, swing, circle }

    static func readMotion(_ node: JSONNode, at path: JSONPath, sink: DiagnosticSink, kinds: [PoseProp.Kind], hasEnd: Bool) -> PoseMotion? {
        guard let r = ObjectReader(node, at: path, sink: sink, allowed: ["kind", "place"], what: "a motion mark") else { return nil }
        guard let kind = r.choice("kind", MotionKind.self, required: true, what: "motion mark") else { return nil }
        switch kind {
        case .roll:
            if r.has("place") {
                sink.error("roll-with-place", path.appending("place"), r.value("place")?.location, "a rolling arrow follows the roller, so it takes no \"place\"",
                           hint: "remove \"place\"")
                return nil
            }
            guard kinds.contains(.roller) else {
                sink.error("roll-without-roller", path.appending("kind"), r.value("kind")?.location, "a rolling arrow needs a roller",
                           hint: "add {\"kind\": \"roller\", \"under\": ...} to \"props\"")
                return nil
            }
            return .roll
        case .swing:
            guard let place = place(r, "place", required: true) else { return nil }
            guard hasEnd else {
                sink.error("swing-without-end", path, node.location, "a swing goes from the start frame to the end frame, and this pose has one frame",
                           hint: "add \"end\" with the joint angles at the end of the swing")
                return nil
            }
            return .swing(place)
        case .circle:
            guard let place = place(r, "place", required: true) else { return nil }
            return .circle(place)
        }
    }
}
