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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(name: "CQrencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "PageGraphics"),
        .target(name: "RoutineModel"),
        .target(name: "RoutineLayout", dependencies: ["RoutineModel", "PageGraphics"]),
        .target(name: "PosePictures", dependencies: ["RoutineModel", "PageGraphics"]),
        .target(name: "CairoBackend", dependencies: ["PageGraphics", "CCairo", "CPango", "CRsvg", "CZlib", "CDeflate", "CQrencode"]),
        .target(name: "RoutinePress", dependencies: ["RoutineModel", "PageGraphics", "RoutineLayout", "CairoBackend", "PosePictures"]),
        .target(name: "RoutinePressServer", dependencies: [
            "RoutinePress", "RoutineModel", "PageGraphics",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "routinepress", dependencies: [
            "RoutinePress", "RoutineModel", "PageGraphics", "PosePictures", "RoutinePressServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "routinepress-bench", dependencies: ["RoutinePress"]),
        .executableTarget(name: "routinepress-fuzz", dependencies: ["RoutinePress"]),
        .testTarget(name: "RoutineModelTests", dependencies: ["RoutineModel"]),
        .testTarget(name: "RoutineLayoutTests", dependencies: ["RoutineLayout", "RoutineModel", "PageGraphics"]),
        .testTarget(name: "PosePicturesTests", dependencies: ["PosePictures", "RoutineModel", "PageGraphics"]),
        .testTarget(name: "ServerTests", dependencies: [
            "RoutinePressServer", "RoutinePress", "RoutineModel",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["RoutinePress", "RoutineModel", "RoutineLayout", "CairoBackend", "PageGraphics", "PosePictures", "routinepress"]),
    ],
    swiftLanguageModes: [.v6]
)
