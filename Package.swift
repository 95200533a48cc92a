// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "LinguaFranca",
    products: [
        .library(name: "LinguaFranca", targets: ["LinguaFranca"]),
        .library(name: "LinguaFrancaConformance", targets: ["LinguaFrancaConformance"]),
        .executable(name: "lingua", targets: ["lingua"]),
    ],
    dependencies: [],
    targets: [
        .target(
            name: "LinguaFranca",
            swiftSettings: swiftSettings,
            // Floating-point rounding calls libm; clients that import neither Glibc nor Foundation need it linked.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux, .android]))]
        ),
        .target(name: "LinguaFrancaConformance", dependencies: ["LinguaFranca"], swiftSettings: swiftSettings),
        // The system's zlib (a system library, not a package), for the CLI's .gz input only.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .executableTarget(name: "lingua", dependencies: ["LinguaFranca", "CZlib"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LinguaFrancaTests",
            dependencies: ["LinguaFranca", "LinguaFrancaConformance", "lingua"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
