// swift-tools-version:6.1
// A libFuzzer harness for WaymarkKit, kept in a package of its own so that the root `swift build`
// never sees it. Build and run it with `bash .ci/fuzz`, which passes `-sanitize=fuzzer`.
import PackageDescription

let package = Package(
    name: "WaymarkFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder's name, which depends
        // on where the repository was cloned.
        .package(name: "Waymark", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "WaymarkFuzz",
            dependencies: [.product(name: "WaymarkKit", package: "Waymark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
