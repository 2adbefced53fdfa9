#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point or direction in the pose's world: x forward, y to the person's left, z up; units of body height.
struct Vector3: Hashable, Sendable {
    var x, y, z: Double
    static let zero = Vector3(x: 0, y: 0, z: 0)
    static func + (a: Vector3, b: Vector3) -> Vector3 { Vector3(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z) }
    static func - (a: Vector3, b: Vector3) -> Vector3 { Vector3(x: a.x - b.x, y: a.y - b.y, z: a.z - b.z) }
    static func * (a: Vector3, s: Double) -> Vector3 { Vector3(x: a.x * s, y: a.y * s, z: a.z * s) }
    func dot(_ b: Vector3) -> Double { x * b.x + y * b.y + z * b.z }
    func cross(_ b: Vector3) -> Vector3 { Vector3(x: y * b.z - z * b.y, y: z * b.x - x * b.z, z: x * b.y - y * b.x) }
    var length: Double { dot(self).squareRoot() }
    var normalized: Vector3 { let l = length; return l > 1e-12 ? self * (1 / l) : self }
}

/// A rotation as a 3 × 3 matrix whose columns are the rotated x, y and z axes.
struct Rotation: Hashable, Sendable {
    var c0, c1, c2: Vector3
    static let identity = Rotation(c0: Vector3(x: 1, y: 0, z: 0), c1: Vector3(x: 0, y: 1, z: 0), c2: Vector3(x: 0, y: 0, z: 1))

    /// The rotated form of a vector given in this frame's axes.
    func apply(_ v: Vector3) -> Vector3 { c0 * v.x + c1 * v.y + c2 * v.z }
    static func * (a: Rotation, b: Rotation) -> Rotation { Rotation(c0: a.apply(b.c0), c1: a.apply(b.c1), c2: a.apply(b.c2)) }

    /// About the x axis by `deg` degrees (y turns toward z).
    static func x(_ deg: Double) -> Rotation {
        let (s, c) = sincos(deg)
        return Rotation(c0: Vector3(x: 1, y: 0, z: 0), c1: Vector3(x: 0, y: c, z: s), c2: Vector3(x: 0, y: -s, z: c))
    }
    /// About the y axis by `deg` degrees (z turns toward x).
    static func y(_ deg: Double) -> Rotation {
        let (s, c) = sincos(deg)
        return Rotation(c0: Vector3(x: c, y: 0, z: -s), c1: Vector3(x: 0, y: 1, z: 0), c2: Vector3(x: s, y: 0, z: c))
    }
    /// About the z axis by `deg` degrees (x turns toward y).
    static func z(_ deg: Double) -> Rotation {
        let (s, c) = sincos(deg)
        return Rotation(c0: Vector3(x: c, y: s, z: 0), c1: Vector3(x: -s, y: c, z: 0), c2: Vector3(x: 0, y: 0, z: 1))
    }

    private static func sincos(_ deg: Double) -> (Double, Double) {
        let r = deg * .pi / 180
        return (sin(r), cos(r))
    }
}
