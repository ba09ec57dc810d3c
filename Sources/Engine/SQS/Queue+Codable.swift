import Collections

/// Snapshots of a queue keep every message and every index in a deterministic order (messages
/// by serial, heaps as sorted lists), so a restored queue behaves exactly as the original.
extension Queue: Codable {
    private enum CodingKeys: String, CodingKey {
        case serial, name, region, account, createdAt, lastModifiedAt, attributes, tags, lastPurgeAt
        case duplicateFaults, messages, nextSerial, servers, timers, groups, readyGroups, groupTimers
        case nextGroupTimer, dedup, sequenceCounter, receiveAttempts
    }

    convenience init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(serial: try c.decode(UInt32.self, forKey: .serial),
                  name: try c.decode(String.self, forKey: .name),
                  region: try c.decode(String.self, forKey: .region),
                  account: try c.decode(String.self, forKey: .account),
                  now: try c.decode(Double.self, forKey: .createdAt),
                  attributes: try c.decode(QueueAttributes.self, forKey: .attributes))
        lastModifiedAt = try c.decode(Double.self, forKey: .lastModifiedAt)
        tags = try c.decode(OrderedDictionary<String, String>.self, forKey: .tags)
        lastPurgeAt = try c.decodeIfPresent(Double.self, forKey: .lastPurgeAt)
        duplicateFaults = try c.decode(Int.self, forKey: .duplicateFaults)
        let list = try c.decode([Message].self, forKey: .messages)
        messages = MessageStore(list)
        nextSerial = try c.decode(UInt64.self, forKey: .nextSerial)
        servers = try c.decode([Deque<ServerSlot>].self, forKey: .servers)
        timers = Heap(try c.decode([VisibilityTimer].self, forKey: .timers))
        groups = try c.decode([MessageGroup].self, forKey: .groups)
        for (slot, group) in groups.enumerated() { groupSlots[group.name] = slot }
        readyGroups = try c.decode(Deque<Int>.self, forKey: .readyGroups)
        groupTimers = Heap(try c.decode([GroupTimer].self, forKey: .groupTimers))
        nextGroupTimer = try c.decode(UInt64.self, forKey: .nextGroupTimer)
        dedup = DedupTable(try c.decode([DedupTable.Entry].self, forKey: .dedup))
        sequenceCounter = try c.decode(UInt64.self, forKey: .sequenceCounter)
        receiveAttempts = try c.decode([String: ReceiveAttempt].self, forKey: .receiveAttempts)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(serial, forKey: .serial)
        try c.encode(name, forKey: .name)
        try c.encode(region, forKey: .region)
        try c.encode(account, forKey: .account)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(lastModifiedAt, forKey: .lastModifiedAt)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(tags, forKey: .tags)
        try c.encodeIfPresent(lastPurgeAt, forKey: .lastPurgeAt)
        try c.encode(duplicateFaults, forKey: .duplicateFaults)
        try c.encode(messages.values, forKey: .messages)
        try c.encode(nextSerial, forKey: .nextSerial)
        try c.encode(servers, forKey: .servers)
        try c.encode(timers.unordered.sorted(), forKey: .timers)
        try c.encode(groups, forKey: .groups)
        try c.encode(readyGroups, forKey: .readyGroups)
        try c.encode(groupTimers.unordered.sorted(), forKey: .groupTimers)
        try c.encode(nextGroupTimer, forKey: .nextGroupTimer)
        try c.encode(Array(dedup.log), forKey: .dedup)
        try c.encode(sequenceCounter, forKey: .sequenceCounter)
        try c.encode(receiveAttempts, forKey: .receiveAttempts)
    }
}
