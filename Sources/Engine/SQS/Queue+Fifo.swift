/// Message groups and deduplication of a FIFO queue.
extension Queue {
    /// Looks at a group's first message again: a visible one makes the group ready, a delayed or
    /// in-flight one sets a timer, an empty group is forgotten.
    func refreshGroup(_ group: String, now: Double) {
        guard let index = groups.index(forKey: group) else { return }
        refreshGroup(at: index, group, now: now)
    }

    func refreshGroup(at index: Dictionary<String, MessageGroup>.Index, _ group: String, now: Double) {
        // Drop deleted and expired messages from the front, in place (no copy of the list).
        while let first = groups.values[index].serials.first {
            if let message = messages[first] {
                if !isExpired(message, at: now) { break }
                messages[first] = nil
            }
            groups.values[index].serials.removeFirst()
        }
        guard let first = groups.values[index].serials.first, let head = messages[first] else {
            groups.remove(at: index)
            return
        }
        if head.availableAt <= now {
            if readyFlags.insert(group).inserted { readyGroups.append(group) }
        } else if groups.values[index].timerAt.map({ head.availableAt < $0 }) ?? true {
            // One timer per group is enough: an earlier one refreshes the group when it fires.
            groups.values[index].timerAt = head.availableAt
            groupTimers.insert(GroupTimer(time: head.availableAt, sequence: nextGroupTimer, group: group))
            nextGroupTimer += 1
        }
    }

    /// Refreshes the groups whose timers are due.
    func promoteGroups(now: Double) {
        while let first = groupTimers.min, first.time <= now {
            _ = groupTimers.removeMin()
            guard let index = groups.index(forKey: first.group) else { continue }
            if let timerAt = groups.values[index].timerAt, timerAt <= first.time { groups.values[index].timerAt = nil }
            refreshGroup(at: index, first.group, now: now)
        }
    }

    /// Messages from the ready groups, in order within each group, up to `max`: as many as
    /// possible from one group before the next. A group stops at its first message that is not
    /// visible, so nothing behind an in-flight message is released.
    func takeFifo(max: Int, now: Double, deliver: (Message) -> Bool) -> [Message] {
        promoteGroups(now: now)
        var taken: [Message] = []
        var visited: [String] = []
        var seen: [String] = []
        while taken.count < max, let group = readyGroups.popFirst() {
            readyFlags.remove(group)
            // A group made ready again during this call (by a dead-letter move) is looked at
            // again only by the next call, so no message comes back twice in one response.
            if seen.contains(group) { continue }
            seen.append(group)
            visited.append(group)
            guard let list = groups[group]?.serials else { continue }
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

    /// Claims a deduplication id for a new message: nil when the id is free (it is now
    /// remembered for five minutes, in the queue's current scope), or the record of the earlier
    /// send inside the window. Ids remembered per queue apply in both scopes; ids remembered per
    /// group apply to their group.
    func claimDeduplication(groupId: String, deduplicationId: String, messageId: String, sequence: UInt64?,
                            now: Double) -> DedupRecord? {
        expireDeduplication(now: now)
        let expiresAt = now + Self.deduplicationWindow
        let record = DedupRecord(messageId: messageId, sequence: sequence, expiresAt: expiresAt)
        if !groupDedup.isEmpty, let earlier = groupDedup[DedupKey(group: groupId, id: deduplicationId)] { return earlier }
        let queueKey = DedupID(deduplicationId)
        if attributes.deduplicationScope == "messageGroup" {
            if let earlier = dedup[queueKey] { return earlier }
            let key = DedupKey(group: groupId, id: deduplicationId)
            groupDedup[key] = record
            dedupExpiries.append(DedupExpiry(time: expiresAt, key: key))
            return nil
        }
        var earlier: DedupRecord?
        // One lookup: the default is inserted when the id is new.
        withUnsafeMutablePointer(to: &dedup[queueKey, default: record]) { slot in
            if slot.pointee.messageId != messageId { earlier = slot.pointee }
        }
        if earlier == nil { dedupExpiries.append(DedupExpiry(time: expiresAt, key: DedupKey(group: nil, id: deduplicationId))) }
        return earlier
    }

    func expireDeduplication(now: Double) {
        while let first = dedupExpiries.first, first.time <= now {
            dedupExpiries.removeFirst()
            if first.key.group == nil {
                let key = DedupID(first.key.id)
                if let record = dedup[key], record.expiresAt <= now { dedup[key] = nil }
            } else if let record = groupDedup[first.key], record.expiresAt <= now {
                groupDedup[first.key] = nil
            }
        }
    }
}
