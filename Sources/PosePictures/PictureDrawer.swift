import PageGraphics
import RoutineModel

/// Draws solved key frames as a flat pictogram: limbs far to near, the far side lighter, worked
/// muscles lit, props in grey, the floor as a short line and the marks that show the movement.
struct PictureDrawer {
    var style: PictureStyle
    var camera: Camera
    /// Regions to light, with their strength.
    var lit: [Region: FigureItem.Strength]
    /// The side whose limbs are lit, or nil for both.
    var litSide: Bool?
    /// Whether the camera sits on the person's left (their left limbs are the near ones).
    var nearLeft: Bool

    /// The gap kept around each piece, in body heights.
    static let gap = 0.011

    private(set) var shapes: [ShapeItem] = []
    /// The muscle regions drawn lit, with their side and strength, in drawing order.
    private(set) var litPatches: [LitPatch] = []
    private(set) var bounds = (minU: Double.infinity, maxU: -Double.infinity, minV: Double.infinity, maxV: -Double.infinity)

    init(style: PictureStyle, camera: Camera, lit: [Region: FigureItem.Strength], litSide: Bool?, nearLeft: Bool) {
        self.style = style; self.camera = camera; self.lit = lit; self.litSide = litSide; self.nearLeft = nearLeft
    }

    private mutating func note(_ pts: [PlanePoint], pad: Double = 0) {
        for p in pts {
            bounds.minU = min(bounds.minU, p.u - pad); bounds.maxU = max(bounds.maxU, p.u + pad)
            bounds.minV = min(bounds.minV, p.v - pad); bounds.maxV = max(bounds.maxV, p.v + pad)
        }
    }

    /// A closed outline in plane coordinates (y is flipped when the drawing is finished).
    private func path(_ pts: [PlanePoint]) -> Path {
        var p = Path()
        guard let first = pts.first else { return p }
        p.move(to: Point(x: Points(first.u), y: Points(first.v)))
        for q in pts.dropFirst() { p.line(to: Point(x: Points(q.u), y: Points(q.v))) }
        p.close()
        return p
    }

    private mutating func fill(_ pts: [PlanePoint], _ color: Color) {
        guard pts.count > 2 else { return }
        note(pts)
        shapes.append(ShapeItem(path: path(pts), fill: color))
    }

    private mutating func halo(_ pts: [PlanePoint]) {
        guard pts.count > 2 else { return }
        note(pts, pad: Self.gap)
        shapes.append(ShapeItem(path: path(pts), fill: style.paper, stroke: style.paper, lineWidth: Points(Self.gap * 2)))
    }

    private func outline(_ part: BodyPart) -> [PlanePoint] { Hull.around(part.spheres.map { camera.circle($0.0, $0.1) }) }

    /// A true circle (four curves), for heads and roller ends.
    private mutating func disc(_ c: PlaneCircle, _ color: Color, halo: Bool) {
        func circle(_ r: Double) -> Path {
            let k = 0.5523 * r, x = c.center.u, y = c.center.v
            func p(_ u: Double, _ v: Double) -> Point { Point(x: Points(u), y: Points(v)) }
            var path = Path()
            path.move(to: p(x + r, y))
            path.curve(to: p(x, y + r), control1: p(x + r, y + k), control2: p(x + k, y + r))
            path.curve(to: p(x - r, y), control1: p(x - k, y + r), control2: p(x - r, y + k))
            path.curve(to: p(x, y - r), control1: p(x - r, y - k), control2: p(x - k, y - r))
            path.curve(to: p(x + r, y), control1: p(x + k, y - r), control2: p(x + r, y - k))
            path.close()
            return path
        }
        note([PlanePoint(u: c.center.u - c.radius, v: c.center.v - c.radius), PlanePoint(u: c.center.u + c.radius, v: c.center.v + c.radius)], pad: halo ? Self.gap : 0)
        if halo { shapes.append(ShapeItem(path: circle(c.radius), fill: style.paper, stroke: style.paper, lineWidth: Points(Self.gap * 2))) }
        shapes.append(ShapeItem(path: circle(c.radius), fill: color))
    }

    /// Draws a solved frame; `faint` draws it as the start position behind the end.
    mutating func body(_ scene: PoseScene, faint: Bool) {
        var items: [(depth: Double, order: Int, draw: Item)] = []
        for (i, chain) in BodyChain.chains(of: scene.body).enumerated() {
            let centers = chain.parts.flatMap { $0.spheres.map(\.0) }
            let depth = centers.reduce(0) { $0 + camera.depth($1) } / Double(max(1, centers.count))
            items.append((depth, i, .chain(chain)))
        }
        if !faint {
            for (i, prop) in scene.props.enumerated() {
                let depth = prop.kind == .wall ? -1e9 : camera.depth(prop.center)
                items.append((depth, 100 + i, .prop(prop)))
            }
        }
        items.sort { $0.depth != $1.depth ? $0.depth < $1.depth : $0.order < $1.order }
        for item in items {
            switch item.draw {
            case .chain(let c): chain(c, faint: faint)
            case .prop(let p): prop(p)
            }
        }
    }

    private enum Item { case chain(BodyChain), prop(PlacedProp) }

    private mutating func chain(_ c: BodyChain, faint: Bool) {
        let far = c.left.map { $0 != nearLeft } ?? false
        let color = faint ? style.faintBody : (far ? style.farBody : style.body)
        if c.kind == .head, let head = c.parts.first?.spheres.first {
            disc(camera.circle(head.0, head.1), color, halo: !faint)
            return
        }
        let outlines = c.parts.map(outline)
        // The faint start position needs no gaps: it only shows where the movement begins.
        if !faint { for o in outlines { halo(o) } }
        for o in outlines { fill(o, color) }
        guard !faint else { return }
        for patch in c.patches {
            guard let strength = lit[patch.region] else { continue }
            if let side = litSide, let l = patch.left, l != side { continue }
            if region(patch, strength == .primary ? style.primary : style.secondary) {
                litPatches.append(LitPatch(region: patch.region, left: patch.left, strength: strength))
            }
        }
    }

    /// Draws a lit region; false when it faces away and cannot be seen.
    @discardableResult
    private mutating func region(_ r: RegionPatch, _ color: Color) -> Bool {
        var offset = PlanePoint(u: 0, v: 0)
        var scale = 0.8
        if let n = r.normal {
            let a = n.normalized.dot(camera.toward)
            let flat = PlanePoint(u: n.dot(camera.right), v: n.dot(camera.up))
            let len = (flat.u * flat.u + flat.v * flat.v).squareRoot()
            if a < -0.4 {
                // Turned away: a thin rim along the edge it faces, or nothing when it faces straight away.
                guard len > 0.3 else { return false }
                scale = 0.34
                offset = PlanePoint(u: flat.u / len * 0.64, v: flat.v / len * 0.64)
                let ca = camera.project(r.a), cb = camera.project(r.b)
                fill(Hull.around([PlaneCircle(center: PlanePoint(u: ca.u + offset.u * r.ra, v: ca.v + offset.v * r.ra), radius: r.ra * scale),
                                  PlaneCircle(center: PlanePoint(u: cb.u + offset.u * r.rb, v: cb.v + offset.v * r.rb), radius: r.rb * scale)]), color)
                return true
            }
            let facing = max(0, a)
            scale = 0.5 + 0.3 * facing - (a < 0 ? 0.1 : 0)
            let shift = (1 - facing) * 0.5 - (a < 0 ? -0.05 : 0)
            if len > 1e-6 { offset = PlanePoint(u: flat.u / len * shift, v: flat.v / len * shift) }
        }
        let ca = camera.project(r.a), cb = camera.project(r.b)
        let circles = [PlaneCircle(center: PlanePoint(u: ca.u + offset.u * r.ra, v: ca.v + offset.v * r.ra), radius: r.ra * scale),
                       PlaneCircle(center: PlanePoint(u: cb.u + offset.u * r.rb, v: cb.v + offset.v * r.rb), radius: r.rb * scale)]
        fill(Hull.around(circles), color)
        return true
    }

    /// A prop in quiet grey.
    private mutating func prop(_ p: PlacedProp) {
        typealias P = BodyProportions
        switch p.kind {
        case .roller:
            let alongScreen = PlanePoint(u: p.axis.dot(camera.right), v: p.axis.dot(camera.up))
            let c = camera.project(p.center)
            if (alongScreen.u * alongScreen.u + alongScreen.v * alongScreen.v).squareRoot() < 0.35 {
                disc(PlaneCircle(center: c, radius: P.rollerRadius), style.prop, halo: true)
                disc(PlaneCircle(center: c, radius: P.rollerRadius * 0.42), style.propLight, halo: false)
            } else {
                let a = camera.project(p.center + p.axis * P.rollerHalfLength), b = camera.project(p.center - p.axis * P.rollerHalfLength)
                let o = Hull.around([PlaneCircle(center: a, radius: P.rollerRadius), PlaneCircle(center: b, radius: P.rollerRadius)])
                halo(o)
                fill(o, style.prop)
            }
        case .step:
            box(center: Vector3(x: p.center.x + 0.03, y: p.center.y, z: p.center.z / 2), half: Vector3(x: 0.1, y: 0.16, z: p.center.z / 2))
        case .cushion:
            box(center: Vector3(x: p.center.x, y: p.center.y, z: p.center.z / 2), half: Vector3(x: 0.07, y: 0.07, z: p.center.z / 2))
        case .chair:
            chair(p)
        case .wall:
            let up = camera.project(Vector3(x: 0, y: 0, z: 1))
            let dir = PlanePoint(u: p.axis.dot(camera.right), v: p.axis.dot(camera.up))
            guard (dir.u * dir.u + dir.v * dir.v).squareRoot() > 0.5, up.v > 0.5 else { return }
            let c = p.center + p.axis * 0.015
            box(center: Vector3(x: c.x, y: c.y, z: 0.5), half: Vector3(x: abs(p.axis.x) > 0.5 ? 0.015 : 0.4, y: abs(p.axis.y) > 0.5 ? 0.015 : 0.4, z: 0.5))
        }
    }

    private mutating func box(center: Vector3, half: Vector3) {
        var corners: [PlaneCircle] = []
        for sx in [-1.0, 1.0] { for sy in [-1.0, 1.0] { for sz in [-1.0, 1.0] {
            corners.append(camera.circle(center + Vector3(x: sx * half.x, y: sy * half.y, z: sz * half.z), 0.004))
        } } }
        let o = Hull.around(corners)
        halo(o)
        fill(o, style.prop)
    }

    private mutating func chair(_ p: PlacedProp) {
        typealias P = BodyProportions
        let seat = P.chairSeatHeight
        // A chair as posts and rails, so it reads from any side: the back under the hand, or
        // behind the body when the body sits on it.
        let facing = Vector3(x: 1, y: 0, z: 0), across = Vector3(x: 0, y: 1, z: 0)
        let back = p.place == .seat ? p.center - facing * 0.13 : p.center
        let seatCentre = back + facing * 0.12
        let top = p.place == .seat ? P.chairBackHeight : p.center.z
        let post = 0.011
        var parts: [[PlaneCircle]] = []
        for s in [-1.0, 1.0] {
            let b = Vector3(x: back.x, y: back.y, z: 0) + across * (s * 0.11)
            parts.append([camera.circle(b, post), camera.circle(b + Vector3(x: 0, y: 0, z: top), post)])
            let f = b + facing * 0.24
            parts.append([camera.circle(f, post), camera.circle(f + Vector3(x: 0, y: 0, z: seat), post)])
        }
        let backTop = Vector3(x: back.x, y: back.y, z: top)
        parts.append([camera.circle(backTop + across * -0.11, post * 1.6), camera.circle(backTop + across * 0.11, post * 1.6)])
        var slab: [PlaneCircle] = []
        for sx in [-0.12, 0.12] { for sy in [-0.12, 0.12] { for sz in [-0.014, 0.0] {
            slab.append(camera.circle(Vector3(x: seatCentre.x + sx, y: seatCentre.y + sy, z: seat + sz), 0.004))
        } } }
        parts.append(slab)
        let outlines = parts.map { Hull.around($0) }
        for o in outlines { halo(o) }
        for o in outlines { fill(o, style.prop) }
    }

    /// The floor as a short line under everything drawn so far.
    mutating func floor() {
        guard bounds.minU.isFinite else { return }
        guard camera.up.z > 0.6 else {
            // Seen from above, the floor is a mat under the figure.
            let r = Rect(x: Points(bounds.minU - 0.03), y: Points(bounds.minV - 0.03), width: Points(bounds.maxU - bounds.minU + 0.06), height: Points(bounds.maxV - bounds.minV + 0.06))
            note([PlanePoint(u: r.minX.value, v: r.minY.value), PlanePoint(u: r.maxX.value, v: r.maxY.value)])
            shapes.insert(ShapeItem(path: .rect(r, cornerRadius: 0.03), fill: style.mat), at: 0)
            return
        }
        let v = 0.0
        let y = -0.006
        let pts = [PlanePoint(u: bounds.minU - 0.025, v: v), PlanePoint(u: bounds.maxU + 0.025, v: v),
                   PlanePoint(u: bounds.maxU + 0.025, v: y * 2), PlanePoint(u: bounds.minU - 0.025, v: y * 2)]
        note(pts)
        shapes.insert(ShapeItem(path: path(pts), fill: style.floor), at: 0)
    }

    /// A straight arrow with heads at both ends, from `a` to `b` on the plane.
    mutating func doubleArrow(_ a: PlanePoint, _ b: PlanePoint) {
        let du = b.u - a.u, dv = b.v - a.v
        let len = (du * du + dv * dv).squareRoot()
        guard len > 1e-6 else { return }
        let t = PlanePoint(u: du / len, v: dv / len), n = PlanePoint(u: -t.v, v: t.u)
        let w = 0.009, head = 0.04, hw = 0.026
        func p(_ s: Double, _ o: Double) -> PlanePoint { PlanePoint(u: a.u + t.u * s + n.u * o, v: a.v + t.v * s + n.v * o) }
        let pts = [p(0, 0), p(head, hw), p(head, w), p(len - head, w), p(len - head, hw), p(len, 0), p(len - head, -hw), p(len - head, -w), p(head, -w), p(head, -hw)]
        note(pts)
        shapes.append(ShapeItem(path: path(pts), fill: style.arrow))
    }

    /// A curved arrow along the points, with a head at the end (and at the start when `both`).
    mutating func curvedArrow(_ points: [PlanePoint], both: Bool) {
        guard points.count >= 2 else { return }
        let w = 0.009
        var left: [PlanePoint] = [], right: [PlanePoint] = []
        func normal(_ i: Int) -> PlanePoint {
            let a = points[max(0, i - 1)], b = points[min(points.count - 1, i + 1)]
            let du = b.u - a.u, dv = b.v - a.v, l = max(1e-9, (du * du + dv * dv).squareRoot())
            return PlanePoint(u: -dv / l, v: du / l)
        }
        for i in 0..<points.count {
            let n = normal(i)
            left.append(PlanePoint(u: points[i].u + n.u * w, v: points[i].v + n.v * w))
            right.append(PlanePoint(u: points[i].u - n.u * w, v: points[i].v - n.v * w))
        }
        let body = left + right.reversed()
        note(body)
        var shaft = Path()
        shaft.move(to: Point(x: Points(body[0].u), y: Points(body[0].v)))
        for q in body.dropFirst() { shaft.line(to: Point(x: Points(q.u), y: Points(q.v))) }
        shaft.close()
        shapes.append(ShapeItem(path: shaft, fill: style.arrow))
        arrowHead(at: points[points.count - 1], from: points[points.count - 2])
        if both { arrowHead(at: points[0], from: points[1]) }
    }

    private mutating func arrowHead(at tip: PlanePoint, from: PlanePoint) {
        let du = tip.u - from.u, dv = tip.v - from.v, l = max(1e-9, (du * du + dv * dv).squareRoot())
        let t = PlanePoint(u: du / l, v: dv / l), n = PlanePoint(u: -t.v, v: t.u)
        let head = 0.042, hw = 0.027
        let end = PlanePoint(u: tip.u + t.u * head * 0.6, v: tip.v + t.v * head * 0.6)
        let pts = [end, PlanePoint(u: end.u - t.u * head + n.u * hw, v: end.v - t.v * head + n.v * hw),
                   PlanePoint(u: end.u - t.u * head - n.u * hw, v: end.v - t.v * head - n.v * hw)]
        fill(pts, style.arrow)
    }

    /// The finished drawing: y flipped to grow downwards, moved so its box starts at 0, with a margin.
    func drawing(key: String, description: String, margin: Double = 0.008) -> Drawing {
        let minU = bounds.minU - margin, maxV = bounds.maxV + margin
        let w = bounds.maxU - bounds.minU + 2 * margin, h = bounds.maxV - bounds.minV + 2 * margin
        let flipped = shapes.map { s -> ShapeItem in
            var p = Path()
            for e in s.path.elements {
                switch e {
                case .move(let a): p.move(to: Point(x: Points(a.x.value - minU), y: Points(maxV - a.y.value)))
                case .line(let a): p.line(to: Point(x: Points(a.x.value - minU), y: Points(maxV - a.y.value)))
                case .curve(let a, let b, let c):
                    p.curve(to: Point(x: Points(c.x.value - minU), y: Points(maxV - c.y.value)),
                            control1: Point(x: Points(a.x.value - minU), y: Points(maxV - a.y.value)),
                            control2: Point(x: Points(b.x.value - minU), y: Points(maxV - b.y.value)))
                case .close: p.close()
                }
            }
            return ShapeItem(path: p, fill: s.fill, stroke: s.stroke, lineWidth: s.lineWidth)
        }
        return Drawing(key: key, size: Size(width: Points(w), height: Points(h)), shapes: flipped, description: description)
    }
}

/// A muscle region drawn lit on a picture.
public struct LitPatch: Hashable, Sendable {
    public var region: Region
    /// The side of the body it is on; nil on the midline.
    public var left: Bool?
    public var strength: FigureItem.Strength
}
