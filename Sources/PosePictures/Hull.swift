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
enum Hull {
    /// Points around a circle: more on large circles, so edges stay smooth at print size without
    /// writing more numbers than the eye can see.
    static func samples(_ radius: Double) -> Int { max(8, min(20, Int((radius * 200).rounded()))) }

    /// Points of the unit circle for each sample count, worked out once.
    static let unitCircles: [[PlanePoint]] = (0...20).map { n in
        (0..<n).map { i in
            let a = Double(i) / Double(n) * 2 * .pi
            return PlanePoint(u: cos(a), v: sin(a))
        }
    }

    static func around(_ circles: [PlaneCircle]) -> [PlanePoint] {
        var points: [PlanePoint] = []
        points.reserveCapacity(circles.count * 20)
        for c in circles {
            for p in unitCircles[Self.samples(c.radius)] {
                points.append(PlanePoint(u: c.center.u + c.radius * p.u, v: c.center.v + c.radius * p.v))
            }
        }
        return convex(points)
    }

    /// Andrew's monotone chain; the outline counter-clockwise, without repeated points.
    static func convex(_ input: [PlanePoint]) -> [PlanePoint] {
        let pts = input.sorted { $0.u != $1.u ? $0.u < $1.u : $0.v < $1.v }
        guard pts.count > 2 else { return pts }
        func cross(_ o: PlanePoint, _ a: PlanePoint, _ b: PlanePoint) -> Double { (a.u - o.u) * (b.v - o.v) - (a.v - o.v) * (b.u - o.u) }
        var lower: [PlanePoint] = [], upper: [PlanePoint] = []
        for p in pts {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 1e-12 { lower.removeLast() }
            lower.append(p)
        }
        for p in pts.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 1e-12 { upper.removeLast() }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
