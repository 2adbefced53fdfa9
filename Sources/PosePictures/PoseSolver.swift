import RoutineModel

/// Finds the body's position, tilt and angles that make a pose's contacts hold.
///
/// The pose gives the angles; the solver keeps them as close as it can (within each joint's
/// range) while it moves the body so that every contact touches, every prop rests on the floor
/// and nothing goes below the floor: a damped least-squares (Levenberg–Marquardt) search.
struct PoseSolver {
    let pose: Pose
    /// Degrees of change that cost as much as 1.2 mm of a contact not touching, per variable.
    private let stiffness: [Double]

    init(pose: Pose) {
        self.pose = pose
        var s = [Double](repeating: 1, count: Self.positionCount) + [6, 6]
        let given = pose.start.merging(pose.end ?? [:]) { a, _ in a }
        for k in JointAngle.all {
            let twist = (k.joint == .spine || k.joint == .neck) && k.motion != .flexion
            s.append(given[k] != nil ? 15 : twist ? 10 : 25)
        }
        stiffness = s
    }

    /// How far from touching a contact may stay, in body heights (3 mm on a person 170 cm tall; a fifth of a point in print).
    static let tolerance = 0.002

    private static let positionCount = 3
    private static let tiltCount = 2
    private var angleKeys: [JointAngle] { JointAngle.all }


    /// Every key frame, solved: the last first, then the others with the places that rest on the
    /// floor kept where they were (a planted foot does not slide between frames).
    func solveAll(_ frames: [PoseFrame]) -> [PoseScene] { solveAllNumbers(frames).map { scene($0) } }

    /// The solved numbers of every key frame (position, tilt, angles), for keeping.
    func solveAllNumbers(_ frames: [PoseFrame]) -> [[Double]] {
        guard let last = frames.last else { return [] }
        let endNumbers = solveNumbers(last, anchors: [])
        let end = scene(endNumbers)
        var anchors: [(BodyPlace, Vector3)] = []
        for c in pose.contacts where c.on == .floor { anchors.append((c.place, end.body.sphere(c.place).center)) }
        return frames.dropLast().map { solveNumbers($0, anchors: anchors) } + [endNumbers]
    }

    /// Scenes from numbers kept from an earlier solve.
    func scenes(_ numbers: [[Double]]) -> [PoseScene] { numbers.map { scene($0) } }

    /// How many numbers a solved frame has: position, pitch and roll, then every joint angle.
    static let variableCount = positionCount + tiltCount + JointAngle.all.count

    /// The solved key frame.
    func solve(_ frame: PoseFrame, anchors: [(BodyPlace, Vector3)] = []) -> PoseScene { scene(solveNumbers(frame, anchors: anchors)) }

    private func solveNumbers(_ frame: PoseFrame, anchors: [(BodyPlace, Vector3)]) -> [Double] {
        let wanted = pose.angles(frame)
        var q = [Double](repeating: 0, count: Self.positionCount + Self.tiltCount + angleKeys.count)
        q[2] = BodyProportions.hipHeight
        q[3] = pose.body.pitch; q[4] = pose.body.roll
        for (i, k) in angleKeys.enumerated() { q[5 + i] = wanted[k] ?? 0 }
        let target = q
        // Start with the lowest point on the floor.
        let first = scene(q)
        q[2] -= first.body.allSpheres.map { $0.0.z - $0.1 }.min() ?? 0
        if let first = anchors.first {
            // Start from where the anchored place was.
            let at = scene(q).body.sphere(first.0).center
            q[0] += first.1.x - at.x; q[1] += first.1.y - at.y
        }
        // First place the body as it is written (position and tilt only), then let the angles give
        // a little; a joint pushed past its range costs steeply, and is put back inside at the end.
        let rigid = Array(0..<(Self.positionCount + Self.tiltCount))
        // Contacts first held loosely (the search finds the right basin), then firmly.
        q = minimise(q, target: target, anchors: anchors, free: rigid, firm: false)
        q = minimise(q, target: target, anchors: anchors, free: Array(0..<q.count), firm: false)
        q = minimise(q, target: target, anchors: anchors, free: Array(0..<q.count), firm: true)
        clamp(&q)
        q = minimise(q, target: target, anchors: anchors, free: rigid, firm: true)
        // A pose that rests on nothing stands on its lowest point.
        if pose.contacts.isEmpty && !pose.props.contains(where: { $0.kind != .wall && $0.kind != .chair }) {
            q[2] -= scene(q).body.allSpheres.map { $0.0.z - $0.1 }.min() ?? 0
        }
        return q
    }

    private func angles(_ q: [Double]) -> [JointAngle: Double] {
        var out: [JointAngle: Double] = [:]
        for (i, k) in angleKeys.enumerated() where q[5 + i] != 0 { out[k] = q[5 + i] }
        return out
    }

    func scene(_ q: [Double], withAngles: Bool = true) -> PoseScene {
        let tilt = BodyTilt(pitch: q[3], roll: q[4], yaw: pose.body.yaw)
        let body = PosedBody(values: q, from: 5, tilt: tilt, position: Vector3(x: q[0], y: q[1], z: q[2]))
        let props = pose.props.map { PlacedProp.place($0, on: body) }
        return PoseScene(body: body, angles: withAngles ? angles(q) : [:], tilt: tilt, props: props)
    }

    /// How far each contact is from touching, in body heights: zero when the frame is right.
    func contactGaps(_ s: PoseScene) -> [Double] { gaps(s, labelled: false).map(\.gap) }

    /// Each contact's gap with words for it ("roller on the floor", "left-hand on the floor").
    func labelledGaps(_ s: PoseScene) -> [(what: String, gap: Double)] { gaps(s, labelled: true) }

    private func gaps(_ s: PoseScene, labelled: Bool) -> [(what: String, gap: Double)] {
        var out: [(what: String, gap: Double)] = []
        out.reserveCapacity(pose.props.count + pose.contacts.count * 2)
        for prop in s.props {
            switch prop.kind {
            case .roller: out.append((labelled ? "the roller under the \(prop.place.rawValue) on the floor" : "", prop.center.z - BodyProportions.rollerRadius))
            case .step, .cushion:
                let sp = s.body.sphere(prop.place)
                out.append((labelled ? "the \(prop.place.rawValue) on the \(prop.kind.rawValue)" : "", sp.center.z - sp.radius - prop.center.z))
            case .chair, .wall: break
            }
        }
        for c in pose.contacts {
            let a = s.body.sphere(c.place)
            var places = [a]
            // A foot flat on the floor or a prop rests on its heel too; on another place, on its sole.
            let flat: Bool
            if case .place = c.on { flat = false } else { flat = true }
            if flat && (c.place == .leftFoot || c.place == .rightFoot) { places.append(s.body.sphere(c.place == .leftFoot ? .leftHeel : .rightHeel)) }
            for (i, (center, radius)) in places.enumerated() {
                let name = labelled ? c.place.rawValue + (i == 1 ? " (heel)" : "") : ""
                switch c.on {
                case .floor: out.append((labelled ? "\(name) on the floor" : "", center.z - radius))
                case .place(let other):
                    let b = s.body.sphere(other)
                    out.append((labelled ? "\(name) on the \(other.rawValue)" : "", (center - b.center).length - radius - b.radius))
                case .prop(let kind):
                    guard let prop = s.props.first(where: { $0.kind == kind }) else { continue }
                    if kind == .roller { out.append((labelled ? "\(name) on the roller" : "", prop.rollerGap(center, radius))) }
                    else if let h = prop.restingHeight { out.append((labelled ? "\(name) on the \(kind.rawValue)" : "", center.z - radius - h)) }
                }
            }
        }
        return out
    }

    /// How far each part of the body is below the floor (0 for parts above it).
    static func sinking(_ s: PoseScene) -> [Double] {
        s.body.allSpheres.map { min(0, $0.0.z - $0.1) }
    }

    private func residuals(_ q: [Double], target: [Double], anchors: [(BodyPlace, Vector3)], firm: Bool) -> [Double] {
        let s = scene(q, withAngles: false)
        let scale = firm ? 0.0005 : 0.0012
        var r = contactGaps(s).map { $0 / scale }
        r += Self.sinking(s).map { $0 / scale }
        for (place, at) in anchors {
            let now = s.body.sphere(place).center
            r.append((now.x - at.x) / 0.003); r.append((now.y - at.y) / 0.003)
        }
        if anchors.isEmpty { r.append(q[0] / 0.5); r.append(q[1] / 0.5) }
        // How firmly each number keeps its written value: the body's tilt most, then the angles the
        // pose gives, then the spine's twist and side bend, then angles the pose leaves at neutral.
        for i in 3..<q.count { r.append((q[i] - target[i]) / stiffness[i]) }
        for (i, k) in angleKeys.enumerated() {
            guard let range = k.joint.range(k.motion) else { continue }
            let v = q[5 + i]
            r.append(v > range.upperBound ? (v - range.upperBound) / 0.2 : v < range.lowerBound ? (range.lowerBound - v) / 0.2 : 0)
        }
        return r
    }

    /// How far the solver may tip the whole body from its written tilt, in degrees.
    static let tiltReach = 35.0

    private func clamp(_ q: inout [Double]) {
        q[3] = min(pose.body.pitch + Self.tiltReach, max(pose.body.pitch - Self.tiltReach, q[3]))
        q[4] = min(pose.body.roll + Self.tiltReach, max(pose.body.roll - Self.tiltReach, q[4]))
        for (i, k) in angleKeys.enumerated() {
            if let range = k.joint.range(k.motion) { q[5 + i] = min(range.upperBound, max(range.lowerBound, q[5 + i])) }
        }
    }

    private func minimise(_ start: [Double], target: [Double], anchors: [(BodyPlace, Vector3)], free: [Int], firm: Bool) -> [Double] {
        var q = start
        var r = residuals(q, target: target, anchors: anchors, firm: firm)
        var cost = r.reduce(0) { $0 + $1 * $1 }
        var lambda = 1e-3
        let n = free.count, m = r.count
        // Flat arrays: the Jacobian by column (one column per free variable), the normal matrix by row.
        var jac = [Double](repeating: 0, count: n * m)
        var a = [Double](repeating: 0, count: n * n)
        var g = [Double](repeating: 0, count: n)
        for _ in 0..<150 {
            for j in 0..<n {
                let h = free[j] < 3 ? 1e-5 : 1e-3
                var qh = q; qh[free[j]] += h
                let rh = residuals(qh, target: target, anchors: anchors, firm: firm)
                for i in 0..<m { jac[j * m + i] = (rh[i] - r[i]) / h }
            }
            for j in 0..<n {
                var gj = 0.0
                for i in 0..<m { gj += jac[j * m + i] * r[i] }
                g[j] = -gj
                for k in j..<n {
                    var s = 0.0
                    for i in 0..<m { s += jac[j * m + i] * jac[k * m + i] }
                    a[j * n + k] = s; a[k * n + j] = s
                }
            }
            var improved = false
            for _ in 0..<8 {
                var damped = a
                for j in 0..<n { damped[j * n + j] += lambda * (a[j * n + j] + 1e-9) }
                guard let step = Self.solveLinear(damped, g, n: n) else { lambda *= 10; continue }
                var qn = q
                for j in 0..<n { qn[free[j]] += step[j] }
                // The body's tilt stays within reach of what the pose says.
                qn[3] = min(pose.body.pitch + Self.tiltReach, max(pose.body.pitch - Self.tiltReach, qn[3]))
                qn[4] = min(pose.body.roll + Self.tiltReach, max(pose.body.roll - Self.tiltReach, qn[4]))
                let rn = residuals(qn, target: target, anchors: anchors, firm: firm)
                let c = rn.reduce(0) { $0 + $1 * $1 }
                if c < cost {
                    q = qn; r = rn
                    let gain = cost - c
                    cost = c
                    lambda = max(lambda / 3, 1e-7)
                    improved = gain > 1e-7 * max(1, cost)
                    break
                }
                lambda *= 4
            }
            if !improved || cost < 1e-10 { break }
        }
        return q
    }

    /// Solves `m x = b` (m is n × n, by row) by Gaussian elimination with partial pivoting.
    static func solveLinear(_ m0: [Double], _ b0: [Double], n: Int) -> [Double]? {
        var m = m0, b = b0
        for c in 0..<n {
            var p = c
            for r in (c + 1)..<n where abs(m[r * n + c]) > abs(m[p * n + c]) { p = r }
            if abs(m[p * n + c]) < 1e-14 { return nil }
            if p != c {
                for k in 0..<n { m.swapAt(p * n + k, c * n + k) }
                b.swapAt(p, c)
            }
            let pivot = m[c * n + c]
            for r in (c + 1)..<n {
                let f = m[r * n + c] / pivot
                if f == 0 { continue }
                for k in c..<n { m[r * n + k] -= f * m[c * n + k] }
                b[r] -= f * b[c]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for c in stride(from: n - 1, through: 0, by: -1) {
            var s = b[c]
            for k in (c + 1)..<n { s -= m[c * n + k] * x[k] }
            x[c] = s / m[c * n + c]
        }
        return x
    }
}
