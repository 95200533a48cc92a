// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "LinguaFrancaBenchmarks",
    dependencies: [.package(name: "LinguaFranca", path: "..")],
    targets: [
        .executableTarget(
            name: "LinguaFrancaBenchmarks",
            dependencies: [.product(name: "LinguaFranca", package: "LinguaFranca")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        )
    ],
    swiftLanguageModes: [.v6]
)
