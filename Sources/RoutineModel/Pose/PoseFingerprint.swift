extension Pose {
    /// A short text that changes whenever anything that shapes the picture changes (the same on
    /// every run and machine): the key under which a solved pose is kept.
    public var fingerprint: String {
        var t = "\(view.rawValue)|\(body.pitch),\(body.roll),\(body.yaw)|\(camera.turn),\(camera.tilt)|"
        for k in JointAngle.all { if let v = start[k] { t += "\(k.joint.rawValue).\(k.motion.rawValue)=\(v);" } }
        t += "|"
        if let end { for k in JointAngle.all { if let v = end[k] { t += "\(k.joint.rawValue).\(k.motion.rawValue)=\(v);" } } }
        t += "|"
        for p in props { t += "\(p.kind.rawValue):\(p.place.rawValue)@\(p.at);" }
        t += "|"
        for c in contacts {
            switch c.on {
            case .floor: t += "\(c.place.rawValue)>floor;"
            case .prop(let k): t += "\(c.place.rawValue)>\(k.rawValue);"
            case .place(let o): t += "\(c.place.rawValue)>\(o.rawValue);"
            }
        }
        t += "|"
        for m in motion {
            switch m {
            case .roll: t += "roll;"
            case .swing(let p): t += "swing:\(p.rawValue);"
            case .circle(let p): t += "circle:\(p.rawValue);"
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in t.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
