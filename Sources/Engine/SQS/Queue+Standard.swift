/// The simulated servers of a standard queue.
extension Queue {
    /// Puts a message where it belongs: on its server when visible, else on a timer.
    func index(_ message: Message, now: Double) {
        if message.availableAt <= now {
            servers[message.server].append(ServerSlot(serial: message.serial, version: message.version))
        } else {
            timers.insert(VisibilityTimer(time: message.availableAt, serial: message.serial, version: message.version))
        }
    }

    /// Moves messages whose delay or visibility timeout ended onto their servers.
    func promoteTimers(now: Double) {
        while let first = timers.min, first.time <= now {
            _ = timers.removeMin()
            guard let message = messages[first.serial], message.version == first.version else { continue }
            servers[message.server].append(ServerSlot(serial: message.serial, version: message.version))
        }
    }

    /// Visible messages from the given servers, taken round-robin (one from each server in
    /// turn), up to `max`. `deliver` decides each candidate's fate and returns whether the
    /// message goes into the response (false: it left the queue, e.g. for a dead-letter queue).
    func takeStandard(max: Int, from sampled: [Int], now: Double, deliver: (Message) -> Bool) -> [Message] {
        promoteTimers(now: now)
        var taken: [Message] = []
        var active = sampled
        while taken.count < max, !active.isEmpty {
            var stillActive: [Int] = []
            for server in active where taken.count < max {
                guard let message = popVisible(server: server, now: now) else { continue }
                stillActive.append(server)
                if deliver(message) { taken.append(message) }
            }
            active = stillActive
        }
        for message in taken { index(message, now: now) }
        return taken
    }

    private func popVisible(server: Int, now: Double) -> Message? {
        while let slot = servers[server].popFirst() {
            guard let message = messages[slot.serial], message.version == slot.version,
                  message.availableAt <= now else { continue }
            if isExpired(message, at: now) {
                messages[message.serial] = nil
                continue
            }
            return message
        }
        return nil
    }
}
