import RoutineModel

/// A solved key frame: the posed body and the props placed where they touch it.
struct PoseScene {
    var body: PosedBody
    var angles: [JointAngle: Double]
    var tilt: BodyTilt
    var props: [PlacedProp]
}

/// A prop at its place in the world.
struct PlacedProp {
    var kind: PoseProp.Kind
    /// The roller's axis centre, the top centre of a step, chair back or cushion, or a point on the wall.
    var center: Vector3
    /// The roller's axis direction (horizontal); for a wall, the direction it faces away from.
    var axis: Vector3
    var place: BodyPlace

    /// Places a prop against the body.
    static func place(_ prop: PoseProp, on body: PosedBody) -> PlacedProp {
        typealias P = BodyProportions
        let sphere = body.sphere(prop.place)
        switch prop.kind {
        case .roller:
            guard let seg = body.segment(prop.place) else {
                return PlacedProp(kind: .roller, center: Vector3(x: sphere.center.x, y: sphere.center.y, z: sphere.center.z - sphere.radius - P.rollerRadius),
                                  axis: Vector3(x: 0, y: 1, z: 0), place: prop.place)
            }
            let t = prop.at
            let point = seg.a + (seg.b - seg.a) * t
            let radius = seg.ra + (seg.rb - seg.ra) * t
            let d = (seg.b - seg.a).normalized
            let down = Vector3(x: 0, y: 0, z: -1)
            var n = down - d * down.dot(d)
            if n.length < 0.2 { n = down }
            n = n.normalized
            // Square to the room: across the limb, along whichever floor axis is more nearly so.
            let axis = abs(d.x) >= abs(d.y) ? Vector3(x: 0, y: 1, z: 0) : Vector3(x: 1, y: 0, z: 0)
            return PlacedProp(kind: .roller, center: point + n * (radius + P.rollerRadius), axis: axis, place: prop.place)
        case .step:
            return PlacedProp(kind: .step, center: Vector3(x: sphere.center.x, y: sphere.center.y, z: P.stepHeight), axis: Vector3(x: 1, y: 0, z: 0), place: prop.place)
        case .cushion:
            return PlacedProp(kind: .cushion, center: Vector3(x: sphere.center.x, y: sphere.center.y, z: P.cushionHeight), axis: Vector3(x: 1, y: 0, z: 0), place: prop.place)
        case .chair:
            let top = prop.place == .seat ? P.chairSeatHeight : P.chairBackHeight
            guard prop.place != .seat else {
                return PlacedProp(kind: .chair, center: Vector3(x: sphere.center.x, y: sphere.center.y, z: top), axis: Vector3(x: 1, y: 0, z: 0), place: prop.place)
            }
            // A chair held by its back stands beside the body, its back under the hand.
            var away = sphere.center - body.pelvis
            away.z = 0
            let side = away.length > 1e-6 ? away.normalized : Vector3(x: 0, y: 1, z: 0)
            let c = sphere.center + side * 0.14
            return PlacedProp(kind: .chair, center: Vector3(x: c.x, y: c.y, z: top), axis: side, place: prop.place)
        case .wall:
            // The wall stands beyond the place, across the line from the pelvis to it.
            var away = sphere.center - body.pelvis
            away.z = 0
            let dir = (abs(away.x) >= abs(away.y) ? Vector3(x: away.x >= 0 ? 1 : -1, y: 0, z: 0) : Vector3(x: 0, y: away.y >= 0 ? 1 : -1, z: 0))
            return PlacedProp(kind: .wall, center: sphere.center + dir * sphere.radius, axis: dir, place: prop.place)
        }
    }

    /// The height of the prop's surface a place rests on, when it rests on top of it.
    var restingHeight: Double? {
        switch kind {
        case .step, .cushion, .chair: return center.z
        case .roller, .wall: return nil
        }
    }

    /// How far a sphere is from touching the roller (0 when it just touches).
    func rollerGap(_ c: Vector3, _ r: Double) -> Double {
        let v = c - center
        let along = axis * v.dot(axis)
        return (v - along).length - r - BodyProportions.rollerRadius
    }
}
