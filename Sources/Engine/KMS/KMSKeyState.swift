/// The life cycle of a KMS key: `Enabled` and `Disabled` by the learner's choice,
/// `PendingDeletion` between ScheduleKeyDeletion and the deletion itself.
enum KMSKeyState: String, Codable, Sendable {
    case enabled = "Enabled"
    case disabled = "Disabled"
    case pendingDeletion = "PendingDeletion"
}
