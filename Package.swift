// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "RoutinePress",
    products: [
        .library(name: "RoutinePress", targets: ["RoutinePress"]),
        .executable(name: "routinepress", targets: ["routinepress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "PageGraphics"),
        .target(name: "RoutineModel"),
        .target(name: "RoutineLayout", dependencies: ["RoutineModel", "PageGraphics"]),
        .target(name: "PosePictures", dependencies: ["RoutineModel", "PageGraphics"]),
        .target(name: "CairoBackend", dependencies: ["PageGraphics", "CCairo", "CPango", "CRsvg", "CZlib"]),
        .target(name: "RoutinePress", dependencies: ["RoutineModel", "PageGraphics", "RoutineLayout", "CairoBackend", "PosePictures"]),
        .executableTarget(name: "routinepress", dependencies: [
            "RoutinePress", "RoutineModel", "PageGraphics", "PosePictures",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "routinepress-bench", dependencies: ["RoutinePress"]),
        .executableTarget(name: "routinepress-fuzz", dependencies: ["RoutinePress"]),
        .testTarget(name: "RoutineModelTests", dependencies: ["RoutineModel"]),
        .testTarget(name: "RoutineLayoutTests", dependencies: ["RoutineLayout", "RoutineModel", "PageGraphics"]),
        .testTarget(name: "PosePicturesTests", dependencies: ["PosePictures", "RoutineModel", "PageGraphics"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RoutinePress", "RoutineModel", "RoutineLayout", "CairoBackend", "PageGraphics", "PosePictures", "routinepress"]),
    ],
    swiftLanguageModes: [.v6]
)
