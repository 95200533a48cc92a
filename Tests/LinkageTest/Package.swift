// swift-tools-version:6.2
import PackageDescription

// Builds a tiny executable that uses only the LinguaFranca library, so CI can check with ldd that the library
// pulls in no full Foundation (libFoundation.so, ICU). See .ci/run.
let package = Package(
    name: "LinkageTest",
    dependencies: [.package(name: "LinguaFranca", path: "../..")],
    targets: [
        .executableTarget(
            name: "LinkageCheck",
            dependencies: [.product(name: "LinguaFranca", package: "LinguaFranca")]
        )
    ],
    swiftLanguageModes: [.v6]
)
