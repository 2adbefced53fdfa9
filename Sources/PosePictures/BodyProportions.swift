/// Segment lengths and limb thicknesses as fractions of standing height.
///
/// Lengths from Drillis and Contini (as tabulated in Winter, *Biomechanics and Motor Control of
/// Human Movement*); thicknesses chosen for a pictogram figure about 7.5 heads tall.
enum BodyProportions {
    static let hipHeight = 0.530
    static let hipHalfWidth = 0.082
    static let lumbar = 0.135
    static let thoracic = 0.165
    static let shoulderHalfWidth = 0.098
    static let shoulderDrop = 0.012
    static let neck = 0.07
    static let headRadius = 0.066
    static let upperArm = 0.186
    static let forearm = 0.146
    static let hand = 0.085
    static let thigh = 0.245
    static let shin = 0.246
    static let ankleHeight = 0.039
    static let heelBack = 0.035
    static let toesForward = 0.118

    // Radii of the rounded ends of each part.
    static let pelvisRadius = 0.074
    static let hipRadius = 0.06
    static let waistRadius = 0.066
    static let chestRadius = 0.074
    static let shoulderRadius = 0.047
    static let neckRadius = 0.03
    static let upperArmRadius = (0.028, 0.023)
    static let forearmRadius = (0.022, 0.018)
    static let handRadius = (0.019, 0.016)
    static let thighRadius = (0.052, 0.037)
    static let shinRadius = (0.037, 0.023)
    static let heelRadius = 0.022
    static let toesRadius = 0.015

    /// A foam roller, 15 cm across, for a person 170 cm tall.
    static let rollerRadius = 0.044
    /// Half the length of a 90 cm roller.
    static let rollerHalfLength = 0.265
    static let stepHeight = 0.106
    static let chairBackHeight = 0.53
    static let chairSeatHeight = 0.265
    static let cushionHeight = 0.035
}
