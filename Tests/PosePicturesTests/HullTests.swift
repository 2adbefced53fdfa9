import Foundation
@testable import PosePictures
import Testing

/// The outline around a limb's circles: on the circles, around all of them, convex, and without
/// the circles that cannot reach it.
@Suite struct HullTests {
    static func circle(_ u: Double, _ v: Double, _ r: Double) -> PlaneCircle { PlaneCircle(center: PlanePoint(u: u, v: v), radius: r) }

    static let cases: [[PlaneCircle]] = [
        [circle(0, 0, 0.05)],
        [circle(0, 0, 0.06), circle(0.3, 0.1, 0.03)],
        [circle(0, 0, 0.04), circle(0.2, 0, 0.04), circle(0.4, 0.02, 0.035)],
        [circle(0, 0, 0.05), circle(0.01, 0, 0.02), circle(0.25, -0.2, 0.03)],   // one inside another
        [circle(0, 0, 0.03), circle(0, 0, 0.03), circle(0.1, 0.1, 0.03)],         // a repeated circle
        [circle(0, 0, 0.004), circle(0.2, 0, 0.004), circle(0.2, 0.1, 0.004), circle(0, 0.1, 0.004)], // a box's corners
    ]

    @Test(arguments: cases.indices) func theOutlineIsConvexOnTheCirclesAndAroundThem(_ i: Int) {
        let circles = Self.cases[i]
        let outline = Hull.around(circles)
        #expect(outline.count >= 3)
        // Every point lies on one of the circles.
        for p in outline {
            let onOne = circles.contains { c in abs(((p.u - c.center.u) * (p.u - c.center.u) + (p.v - c.center.v) * (p.v - c.center.v)).squareRoot() - c.radius) < 1e-9 }
            #expect(onOne, "a point of the outline is on no circle")
        }
        // Counter-clockwise and convex: every turn is to the left.
        for k in outline.indices {
            let a = outline[k], b = outline[(k + 1) % outline.count], c = outline[(k + 2) % outline.count]
            #expect((b.u - a.u) * (c.v - a.v) - (b.v - a.v) * (c.u - a.u) > -1e-12)
        }
        // Every circle is inside the outline, up to the sagitta between two neighbouring points.
        for c in circles {
            // Neighbouring points are at most one and a half sampling steps apart on an arc.
            let slack = c.radius * (1 - cos(1.5 * Double.pi / Double(Hull.samples(c.radius)))) + 1e-9
            for k in 0..<64 {
                let a = Double(k) / 64 * 2 * .pi
                let p = PlanePoint(u: c.center.u + c.radius * cos(a), v: c.center.v + c.radius * sin(a))
                let inside = outline.indices.allSatisfy { j in
                    let s = outline[j], e = outline[(j + 1) % outline.count]
                    let len = ((e.u - s.u) * (e.u - s.u) + (e.v - s.v) * (e.v - s.v)).squareRoot()
                    return len < 1e-12 || ((e.u - s.u) * (p.v - s.v) - (e.v - s.v) * (p.u - s.u)) / len > -slack
                }
                #expect(inside, "circle \(c) sticks out of the outline")
            }
        }
        // The tangent between two circles is exact: the outline's widest extent is the true one.
        let top = circles.map { $0.center.v + $0.radius }.max()!, bottom = circles.map { $0.center.v - $0.radius }.min()!
        #expect(abs((outline.map(\.v).min()!) - bottom) < 1e-9, "the walk starts at the lowest point")
        #expect(outline.map(\.v).max()! <= top + 1e-9)
    }
}
