/// Message groups and deduplication of a FIFO queue.
extension Queue {
    /// Looks at a group's first message again: a visible one makes the group ready, a delayed or
    /// in-flight one sets a timer, an empty group is forgotten.
    func refreshGroup(_ group: String, now: Double) {
        guard var list = groups[group] else { return }
        while let first = list.first {
            if let message = messages[first] {
                if !isExpired(message, at: now) { break }
                messages[first] = nil
            }
            list.removeFirst()
        }
        guard let first = list.first, let head = messages[first] else {
            groups[group] = nil
            return
        }
        groups[group] = list
        if head.availableAt <= now {
            if readyFlags.insert(group).inserted { readyGroups.append(group) }
        } else {
            groupTimers.insert(GroupTimer(time: head.availableAt, sequence: nextGroupTimer, group: group))
            nextGroupTimer += 1
        }
    }

    /// Refreshes the groups whose timers are due.
    func promoteGroups(now: Double) {
        while let first = groupTimers.min, first.time <= now {
            _ = groupTimers.removeMin()
            refreshGroup(first.group, now: now)
        }
    }

    /// Messages from the ready groups, in order within each group, up to `max`: as many as
    /// possible from one group before the next. A group stops at its first message that is not
    /// visible, so nothing behind an in-flight message is released.
    func takeFifo(max: Int, now: Double, deliver: (Message) -> Bool) -> [Message] {
        promoteGroups(now: now)
        var taken: [Message] = []
        var visited: [String] = []
        var seen: Set<String> = []
        while taken.count < max, let group = readyGroups.popFirst() {
            readyFlags.remove(group)
            // A group made ready again during this call (by a dead-letter move) is looked at
            // again only by the next call, so no message comes back twice in one response.
            guard seen.insert(group).inserted else { continue }
            visited.append(group)
            guard let list = groups[group] else { continue }
            var index = list.startIndex
            while taken.count < max, index < list.endIndex {
                let serial = list[index]
                index += 1
                guard let message = messages[serial] else { continue }
                if isExpired(message, at: now) {
                    messages[serial] = nil
                    continue
                }
                guard message.availableAt <= now else { break }
                if deliver(message) { taken.append(message) }
            }
        }
        for group in visited { refreshGroup(group, now: now) }
        return taken
    }

    // MARK: - Deduplication

    /// The record of an earlier send with the same deduplication id inside the window.
    func duplicate(groupId: String, deduplicationId: String, now: Double) -> DedupRecord? {
        expireDeduplication(now: now)
        if let record = dedup[Self.queueScopeKey(deduplicationId)] { return record }
        return dedup[Self.groupScopeKey(groupId, deduplicationId)]
    }

    /// Remembers a deduplication id for five minutes, in the queue's current scope.
    func rememberDeduplication(groupId: String, deduplicationId: String, messageId: String,
                               sequenceNumber: String?, now: Double) {
        let key = attributes.deduplicationScope == "messageGroup"
            ? Self.groupScopeKey(groupId, deduplicationId) : Self.queueScopeKey(deduplicationId)
        let expiresAt = now + Self.deduplicationWindow
        dedup[key] = DedupRecord(messageId: messageId, sequenceNumber: sequenceNumber, expiresAt: expiresAt)
        dedupExpiries.append(DedupExpiry(time: expiresAt, key: key))
    }

    func expireDeduplication(now: Double) {
        while let first = dedupExpiries.first, first.time <= now {
            dedupExpiries.removeFirst()
            if let record = dedup[first.key], record.expiresAt <= now { dedup[first.key] = nil }
        }
    }

    private static func queueScopeKey(_ id: String) -> String { "q\u{1F}" + id }
    private static func groupScopeKey(_ group: String, _ id: String) -> String { "g\u{1F}" + group + "\u{1F}" + id }
}
