/// The exit statuses every subcommand uses, so a script can tell "fix your input" from "see a clinician".
enum ExitStatus: Int32 {
    /// Done.
    case success = 0
    /// Could not run: the database or the port was unavailable, a file could not be written, an internal error.
    case couldNotRun = 1
    /// Bad input: an unknown option or value, a missing or invalid file; the message names the field.
    case badInput = 2
    /// A clinician must be seen first: `assess` still prints the assessment, `program` prints no program.
    case referral = 3

    /// The table printed by `rebalance --help`.
    static let help = """
        Exit status (every subcommand): 0 done; 1 could not run (database or port unavailable, file not \
        writable, internal error); 2 bad input (unknown option or value, missing or invalid file); 3 a clinician \
        must be seen first (assess prints the assessment with the referral; program prints no program).
        """
}
