import Foundation

/// One session as a calendar event (RFC 5545 VEVENT).
public struct CalendarEvent: Sendable, Hashable {
    /// Whether the event still happens.
    public enum Status: String, Sendable {
        case confirmed = "CONFIRMED"
        case cancelled = "CANCELLED"
    }

    /// Stable for the booking's whole life, so a calendar updates the event it already has on a reschedule.
    public var uid: String
    /// Goes up by one with every change, so calendars know which version is newest.
    public var sequence: Int
    public var start: Date
    public var end: Date
    /// When this version of the event was written.
    public var stamp: Date
    public var summary: String
    public var location: String
    public var description: String
    public var status: Status
    /// The studio: name and email address.
    public var organizer: (name: String, email: String)?
    /// The client: name and email address.
    public var attendee: (name: String, email: String)?
    public var url: String?

    public init(
        uid: String, sequence: Int, start: Date, end: Date, stamp: Date, summary: String, location: String,
        description: String, status: Status, organizer: (name: String, email: String)? = nil,
        attendee: (name: String, email: String)? = nil, url: String? = nil
    ) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.stamp = stamp
        self.summary = summary
        self.location = location
        self.description = description
        self.status = status
        self.organizer = organizer
        self.attendee = attendee
        self.url = url
    }

    public static func == (lhs: CalendarEvent, rhs: CalendarEvent) -> Bool {
        lhs.uid == rhs.uid && lhs.sequence == rhs.sequence && lhs.start == rhs.start && lhs.end == rhs.end
            && lhs.status == rhs.status && lhs.summary == rhs.summary
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(uid)
        hasher.combine(sequence)
    }
}

/// An iCalendar file (RFC 5545): an attachment to a booking email, a download, or a trainer's feed.
///
/// Times are written in UTC, which every calendar reads without a VTIMEZONE block; the calendar shows them
/// in its owner's zone.
public struct CalendarFile: Sendable {
    /// The iTIP method (RFC 5546): what the receiving calendar should do with the events.
    public enum Method: String, Sendable {
        /// Add or update, no reply expected (downloads and feeds).
        case publish = "PUBLISH"
        /// An invitation from the organizer (confirmation and change emails).
        case request = "REQUEST"
        /// The event no longer happens.
        case cancel = "CANCEL"
    }

    public var method: Method
    /// Shown by calendar apps as the subscribed calendar's name (feeds).
    public var name: String?
    public var events: [CalendarEvent]

    public init(method: Method, name: String? = nil, events: [CalendarEvent]) {
        self.method = method
        self.name = name
        self.events = events
    }

    /// The file's text: CRLF line ends, long lines folded at 75 octets.
    public func render() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rebalance//Studio booking//EN", "CALSCALE:GREGORIAN",
            "METHOD:\(method.rawValue)",
        ]
        if let name {
            lines += [
                "X-WR-CALNAME:\(Self.escape(name))", "REFRESH-INTERVAL;VALUE=DURATION:PT15M", "X-PUBLISHED-TTL:PT15M",
            ]
        }
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.escape(event.uid))",
                "SEQUENCE:\(event.sequence)",
                "DTSTAMP:\(Self.utc(event.stamp))",
                "DTSTART:\(Self.utc(event.start))",
                "DTEND:\(Self.utc(event.end))",
                "SUMMARY:\(Self.escape(event.summary))",
                "LOCATION:\(Self.escape(event.location))",
                "DESCRIPTION:\(Self.escape(event.description))",
                "STATUS:\(event.status.rawValue)",
            ]
            if let organizer = event.organizer {
                lines.append("ORGANIZER;CN=\(Self.parameter(organizer.name)):mailto:\(organizer.email)")
            }
            if let attendee = event.attendee {
                lines.append(
                    "ATTENDEE;CN=\(Self.parameter(attendee.name));ROLE=REQ-PARTICIPANT:mailto:\(attendee.email)")
            }
            if let url = event.url { lines.append("URL:\(url)") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261203T170000Z`.
    static func utc(_ instant: Date) -> String {
        let text = OffsetTimestamp.format(instant, in: .gmt)
        return text.prefix(19).filter { $0 != "-" && $0 != ":" } + "Z"
    }

    /// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n": escaped += "\\n"
            case "\r": continue
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Parameter values are quoted and cannot hold quotes or line breaks at all (RFC 5545 §3.2).
    static func parameter(_ text: String) -> String {
        "\"" + text.filter { $0 != "\"" && !$0.isNewline } + "\""
    }

    /// Splits a line into 75-octet pieces without cutting a UTF-8 character; continuation lines start with a space.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74  // continuation lines spend one octet on the leading space
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
