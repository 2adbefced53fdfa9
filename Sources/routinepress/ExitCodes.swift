import ArgumentParser
import Foundation
import RoutinePress

/// The one place that turns errors into messages and exit codes (see the README's table).
enum ExitCodes {
    static let invalidPlan: Int32 = 65
    static let inputMissing: Int32 = 66
    /// The server cannot listen (the port is taken, or the address is not this machine's).
    static let cannotServe: Int32 = 69
    static let internalError: Int32 = 70
    static let cannotWrite: Int32 = 73

    /// Prints a RoutinePress error's lines on stderr and returns its exit code; other errors pass through.
    static func report(_ error: any Error) -> any Error {
        guard let error = error as? RoutinePressError else {
            if error is ExitCode || error is ValidationError || error is CleanExit { return error }
            Standard.error("routinepress: internal error: \(error)")
            return ExitCode(internalError)
        }
        return exitCode(error)
    }

    /// Prints the error's lines on stderr and returns the exit code for it.
    static func exitCode(_ error: RoutinePressError) -> ExitCode {
        for line in error.lines { Standard.error(line) }
        switch error {
        case .invalidPlan, .reportsDisagree: return ExitCode(invalidPlan)
        case .inputUnreadable: return ExitCode(inputMissing)
        case .outputUnwritable: return ExitCode(cannotWrite)
        case .resourcesMissing, .brokenResources, .brokenFigures, .font, .render: return ExitCode(internalError)
        }
    }
}

/// Writing to the standard streams.
enum Standard {
    static func error(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    static func output(_ bytes: [UInt8]) { FileHandle.standardOutput.write(Data(bytes)) }
}
