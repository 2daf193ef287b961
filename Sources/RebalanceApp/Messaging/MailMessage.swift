import Foundation

/// Writes an outbox message as an RFC 5322 / MIME email: a UTF-8 text body and, when there is one, the
/// calendar file as a second part. Bodies are base64 so no line can be mistaken for the end of the data.
enum MailMessage {
    static func render(_ mail: OutgoingMail, from: String, date: Date, domain: String) -> String {
        let boundary = "=_rebalance_\(mail.id.uuidString.lowercased())"
        var headers = [
            "From: \(from)",
            "To: <\(mail.to)>",
            "Subject: \(encodedHeader(mail.subject))",
            "Date: \(rfc5322(date))",
            "Message-ID: <\(mail.id.uuidString.lowercased())@\(domain)>",
            "MIME-Version: 1.0",
        ]
        if let unsubscribe = mail.unsubscribeURL {
            // RFC 2369 and RFC 8058: the mail app offers one-click unsubscribe, a POST to this address.
            headers += ["List-Unsubscribe: <\(unsubscribe)>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
        }
        var parts: [String] = []
        let text = [
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", base64Lines(mail.body),
        ]
        if let attachment = mail.attachment {
            headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
            parts.append("--\(boundary)")
            parts += text
            parts += [
                "--\(boundary)",
                "Content-Type: \(attachment.contentType); name=\"\(attachment.name)\"",
                "Content-Disposition: attachment; filename=\"\(attachment.name)\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64Lines(attachment.content),
                "--\(boundary)--",
            ]
        } else {
            headers += text.prefix(2)
            parts += text.dropFirst(2)
        }
        return (headers + [""] + parts).joined(separator: "\r\n") + "\r\n"
    }

    /// A header value as-is when it is plain ASCII, else as an RFC 2047 encoded word.
    static func encodedHeader(_ text: String) -> String {
        let clean = text.filter { !$0.isNewline }
        if clean.allSatisfy({ $0.isASCII }) { return clean }
        return "=?UTF-8?B?\(Data(clean.utf8).base64EncodedString())?="
    }

    /// Base64 in lines of 76 characters (RFC 2045).
    static func base64Lines(_ text: String) -> String {
        let encoded = Array(Data(text.utf8).base64EncodedString())
        return stride(from: 0, to: encoded.count, by: 76).map { String(encoded[$0..<min($0 + 76, encoded.count)]) }
            .joined(separator: "\r\n")
    }

    /// "Wed, 25 Nov 2026 13:00:00 +0000".
    static func rfc5322(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .gmt
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// The bare address inside "Name <address>" (or the whole text when there are no brackets).
    static func address(_ from: String) -> String {
        guard let open = from.lastIndex(of: "<"), let close = from.lastIndex(of: ">"), open < close else {
            return from.trimmingCharacters(in: .whitespaces)
        }
        return String(from[from.index(after: open)..<close])
    }
}
