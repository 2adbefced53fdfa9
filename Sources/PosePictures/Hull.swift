/// A point on the picture plane: `u` to the right, `v` up, in body heights.
struct PlanePoint: Hashable {
    var u, v: Double
}

/// A circle on the picture plane.
struct PlaneCircle {
    var center: PlanePoint
    var radius: Double
}

/// The convex outline around some circles: the rounded, tapering shape of a limb or a torso.
///
/// The outline is walked like a gift wrap: from the lowest point, the outward direction turns
/// counter-clockwise round one circle until another circle's outer tangent takes over. Arcs are
/// written as points of each circle's sample table, and the tangents as exact straight lines.
enum Hull {
    /// Points around a circle: more on large circles, so edges stay smooth at print size without
    /// writing more numbers than the eye can see.
    static func samples(_ radius: Double) -> Int { max(8, min(20, Int((radius * 200).rounded()))) }

    /// The outline, counter-clockwise, without repeated points.
    static func around(_ input: [PlaneCircle]) -> [PlanePoint] {
        let circles = outermost(input)
        guard let start = circles.indices.min(by: { lowest(circles[$0]) < lowest(circles[$1]) }) else { return [] }
        var points: [PlanePoint] = []
        points.reserveCapacity(circles.count * 12)
        var current = start
        var angle = -Double.pi / 2
        var turned = 0.0
        let full = 2 * Double.pi
        // Each step turns at least a little, so the walk ends; the bound only guards against rounding.
        for _ in 0..<(circles.count * 4 + 4) {
            var next: Int? = nil, nextAngle = 0.0, turn = full - turned
            for j in circles.indices where j != current {
                guard let a = tangentAngle(from: circles[current], to: circles[j]) else { continue }
                var d = (a - angle).truncatingRemainder(dividingBy: full)
                if d < 0 { d += full }
                if d < turn { turn = d; next = j; nextAngle = a }
            }
            arc(circles[current], from: angle, by: turn, into: &points)
            turned += turn
            guard let n = next, turned < full - 1e-9 else { break }
            current = n; angle = nextAngle
        }
        // The walk ends where it began.
        if points.count > 1, let first = points.first, let last = points.last, abs(first.u - last.u) < 1e-9, abs(first.v - last.v) < 1e-9 {
            points.removeLast()
        }
        return points
    }

    /// The circles that can reach the outline: none inside another, no repeats.
    private static func outermost(_ circles: [PlaneCircle]) -> [PlaneCircle] {
        var kept: [PlaneCircle] = []
        for (i, c) in circles.enumerated() {
            let inside = circles.indices.contains { j in
                guard j != i else { return false }
                let o = circles[j], d = distance(c.center, o.center)
                if d + c.radius < o.radius - 1e-12 { return true }
                // Equal or touching from inside: the later one goes, so exactly one stays.
                return d + c.radius <= o.radius + 1e-12 && (c.radius < o.radius || j < i)
            }
            if !inside { kept.append(c) }
        }
        return kept
    }

    private static func lowest(_ c: PlaneCircle) -> (Double, Double) { (c.center.v - c.radius, c.center.u) }

    private static func distance(_ a: PlanePoint, _ b: PlanePoint) -> Double {
        ((a.u - b.u) * (a.u - b.u) + (a.v - b.v) * (a.v - b.v)).squareRoot()
    }

    /// The direction of the outward normal on the outer tangent along which a counter-clockwise
    /// walk leaves `a` for `b`; nil when neither circle reaches past the other.
    private static func tangentAngle(from a: PlaneCircle, to b: PlaneCircle) -> Double? {
        let du = b.center.u - a.center.u, dv = b.center.v - a.center.v
        let length = (du * du + dv * dv).squareRoot()
        guard length > 1e-12 else { return nil }
        let along = (a.radius - b.radius) / length
        guard abs(along) < 1 else { return nil }
        let across = (1 - along * along).squareRoot()
        let eu = du / length, ev = dv / length
        // The normal: `along` towards b, `across` to the right of the way from a to b.
        return atan2(along * ev - across * eu, along * eu + across * ev)
    }

    /// Points of `c` from `angle`, turning counter-clockwise by `turn`: both ends exactly, and the
    /// circle's sample points between them.
    private static func arc(_ c: PlaneCircle, from angle: Double, by turn: Double, into points: inout [PlanePoint]) {
        func at(_ a: Double) -> PlanePoint { PlanePoint(u: c.center.u + c.radius * cos(a), v: c.center.v + c.radius * sin(a)) }
        func add(_ p: PlanePoint) {
            if let last = points.last, abs(last.u - p.u) < 1e-9, abs(last.v - p.v) < 1e-9 { return }
            points.append(p)
        }
        let step = 2 * Double.pi / Double(samples(c.radius))
        // A circle that only just reaches the outline gives one point, halfway along its short arc.
        guard c.radius > 0, turn >= step * 0.5 else { add(at(angle + turn / 2)); return }
        add(at(angle))
        // Sample points nearer than half a step to an end add nothing the eye can see.
        var k = (angle / step + 0.5).rounded(.down) + 1
        while k * step < angle + turn - step * 0.5 {
            add(at(k * step)); k += 1
        }
        if turn > 0 { add(at(angle + turn)) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
