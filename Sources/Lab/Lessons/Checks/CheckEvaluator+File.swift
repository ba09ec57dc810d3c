import AWSCLI
import Engine
import Foundation

// MARK: - file

extension CheckEvaluator {
    func evaluateFile(_ check: FileCheck, in context: CheckContext) -> CheckOutcome {
        let fileSystem = context.session.fileSystem
        let path = Self.workspacePath(check.path, in: fileSystem)
        let info = (try? fileSystem.info(path)) ?? nil
        if check.exists == false {
            return info == nil ? .pass : .fail(check.message ?? "\(check.path) is still in your workspace.")
        }
        guard let info else { return .fail(check.message ?? "There is no \(check.path) in your workspace yet.") }
        guard check.contains != nil || check.matches != nil || check.keyPair != nil else { return .pass }
        guard !info.isDirectory else { return .fail(check.message ?? "\(check.path) is a folder, not a file.") }
        guard let data = try? fileSystem.read(path) else {
            return .fail(check.message ?? "\(check.path) cannot be read.")
        }
        let text = String(decoding: data, as: UTF8.self)
        if let expected = check.contains, !text.contains(expected) {
            return .fail(check.message ?? "\(check.path) does not contain \(expected).")
        }
        if let pattern = check.matches, !TextPattern.matches(pattern, in: text) {
            return .fail(check.message ?? "\(check.path) does not hold what this step expects.")
        }
        if let name = check.keyPair {
            return keyPairOutcome(text, path: check.path, keyName: name, message: check.message, session: context.session)
        }
        return .pass
    }

    /// Compares the file with the key pair's public key from `aws ec2 describe-key-pairs
    /// --include-public-key` (waiting for the EC2 simulation).
    private func keyPairOutcome(_ pem: String, path: String, keyName: String, message: String?,
                                session: LabSession) -> CheckOutcome {
        let result = Self.runReadOnly(["ec2", "describe-key-pairs", "--key-names", keyName, "--include-public-key"],
                                      session: session)
        guard result.exitCode == 0, let output = try? JSONParser.parse(result.stdoutText),
              let publicKey = output["KeyPairs"]?[0]?["PublicKey"]?.stringValue else {
            return .fail(message ?? "There is no key pair named \(keyName).")
        }
        guard KeyPairMatcher.decodePEM(pem) != nil else {
            return .fail(message ?? "\(path) is not a clean private key file: it must start with -----BEGIN and end with -----END.")
        }
        if KeyPairMatcher.matches(pem: pem, publicKey: publicKey) { return .pass }
        return .fail(message ?? "\(path) is not the private key of key pair \(keyName).")
    }

    /// A check's path is relative to the workspace root, whatever the current directory.
    static func workspacePath(_ path: String, in fileSystem: any LocalFileSystem) -> String {
        guard !path.hasPrefix("/"), let workspace = fileSystem as? any LabWorkspace else { return path }
        let root = workspace.rootPath.hasSuffix("/") ? workspace.rootPath : workspace.rootPath + "/"
        return root + path
    }
}
