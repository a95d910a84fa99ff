// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Waymark",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "waymark", targets: ["waymark"]),
        .library(name: "WaymarkKit", targets: ["WaymarkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "WaymarkKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "waymark",
            dependencies: [
                "WaymarkKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "WaymarkKitTests",
            dependencies: ["WaymarkKit", "waymark"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
