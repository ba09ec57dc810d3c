// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "lab",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lab", targets: ["LabCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        .target(name: "JSONValue", dependencies: [.product(name: "Collections", package: "swift-collections")]),
        .target(
            name: "Engine",
            dependencies: [
                "JSONValue",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .target(name: "JMESPath", dependencies: ["JSONValue"]),
        .target(
            name: "AWSCLI",
            dependencies: [
                "Engine", "JMESPath",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Models")]
        ),
        .target(
            name: "CEditLine",
            linkerSettings: [.linkedLibrary("edit")]
        ),
        .target(name: "Lab", dependencies: ["AWSCLI", "Engine", "JMESPath", "CEditLine"]),
        .executableTarget(
            name: "LabCommand",
            dependencies: [
                "Lab",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "JSONValueTests", dependencies: ["JSONValue"]),
        .testTarget(name: "JMESPathTests", dependencies: ["JMESPath", "JSONValue"]),
        .testTarget(name: "AWSCLITests", dependencies: ["AWSCLI", "Engine"], exclude: ["Snapshots"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "AWSCLI", "Engine"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
