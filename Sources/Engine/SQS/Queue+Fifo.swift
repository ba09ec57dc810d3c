/// Message groups and deduplication of a FIFO queue.
extension Queue {
    /// Looks at a group's first message again: a visible one makes the group ready, a delayed or
    /// in-flight one sets a timer.
    func refreshGroup(_ slot: Int, now: Double) {
        guard groups.indices.contains(slot) else { return }
        // Drop deleted and expired messages from the front, in place (no copy of the list).
        while let first = groups[slot].serials.first {
            if let message = messages[first] {
                if !isExpired(message, at: now) { break }
                messages[first] = nil
            }
            groups[slot].serials.removeFirst()
        }
        guard let first = groups[slot].serials.first, let head = messages[first] else { return }
        if head.availableAt <= now {
            if !groups[slot].ready {
                groups[slot].ready = true
                readyGroups.append(slot)
            }
        } else if groups[slot].timerAt.map({ head.availableAt < $0 }) ?? true {
            // One timer per group is enough: an earlier one refreshes the group when it fires.
            groups[slot].timerAt = head.availableAt
            groupTimers.insert(GroupTimer(time: head.availableAt, sequence: nextGroupTimer, group: slot))
            nextGroupTimer += 1
        }
    }

    /// Refreshes the groups whose timers are due.
    func promoteGroups(now: Double) {
        while let first = groupTimers.min, first.time <= now {
            _ = groupTimers.removeMin()
            guard groups.indices.contains(first.group) else { continue }
            if let timerAt = groups[first.group].timerAt, timerAt <= first.time { groups[first.group].timerAt = nil }
            refreshGroup(first.group, now: now)
        }
    }

    /// Messages from the ready groups, in order within each group, up to `max`: as many as
    /// possible from one group before the next. A group stops at its first message that is not
    /// visible, so nothing behind an in-flight message is released.
    func takeFifo(max: Int, now: Double, deliver: (Message) -> Bool) -> [Message] {
        promoteGroups(now: now)
        var taken: [Message] = []
        var visited: [Int] = []
        while taken.count < max, let slot = readyGroups.popFirst() {
            groups[slot].ready = false
            // A group made ready again during this call (by a dead-letter move) is looked at
            // again only by the next call, so no message comes back twice in one response.
            if visited.contains(slot) { continue }
            visited.append(slot)
            let list = groups[slot].serials
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
        for slot in visited { refreshGroup(slot, now: now) }
        return taken
    }

    // MARK: - Deduplication

    /// Claims a deduplication id for a new message: nil when the id is free (it is now
    /// remembered for five minutes, in the queue's current scope), or the record of the earlier
    /// send inside the window. Ids remembered per queue apply in both scopes; ids remembered per
    /// group apply to their group.
    func claimDeduplication(groupId: String, deduplicationId: String, messageId: String, sequence: UInt64?,
                            now: Double) -> DedupRecord? {
        dedup.expire(now: now)
        let record = DedupRecord(messageId: messageId, sequence: sequence, expiresAt: now + Self.deduplicationWindow)
        let groupKey = DedupKey(group: groupId, id: deduplicationId)
        if dedup.groupEntries > 0, let earlier = dedup.find(groupKey) { return earlier }
        let queueKey = DedupKey(group: nil, id: deduplicationId)
        guard attributes.deduplicationScope == "messageGroup" else { return dedup.claim(queueKey, record) }
        if let earlier = dedup.find(queueKey) { return earlier }
        dedup.insert(groupKey, record)
        return nil
    }
}
