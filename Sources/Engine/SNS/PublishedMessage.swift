/// What a publish returned: the message id, and a FIFO topic's sequence number.
struct PublishedMessage {
    var messageId: String
    var sequenceNumber: String?
}
