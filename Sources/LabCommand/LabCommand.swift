import ArgumentParser
import Foundation
import Lab

/// `lab`: the terminal teaching lab for AWS.
@main
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "A terminal teaching lab for AWS: real AWS CLI commands against a simulated account.",
        version: LabVersion.text,
        subcommands: [InteractiveCommand.self, RunCommand.self, QueryCommand.self, LintCommand.self, GradeCommand.self, SolutionCommand.self, BenchCommand.self],
        defaultSubcommand: InteractiveCommand.self
    )
}
