/// What a receipt handle refers to in a queue.
enum HandleTarget {
    /// Not a handle this queue issued.
    case invalid
    /// A handle of a message that left the queue (deleted, moved, expired, purged).
    case gone
    /// The handle of the message's latest receive.
    case current(Message)
    /// A handle of an earlier receive of a message that was received again since.
    case stale(Message)

    init(_ text: String, in queue: Queue) {
        guard let handle = ReceiptHandle.decode(text), handle.queueSerial == queue.serial,
              handle.messageSerial < queue.nextSerial else {
            self = .invalid
            return
        }
        guard let message = queue.messages[handle.messageSerial] else {
            self = .gone
            return
        }
        self = Int(handle.receiveCount) == message.receiveCount ? .current(message) : .stale(message)
    }
}
