extension NewsItem {
    /// The lines `planpress new news` writes for the author to replace; a story published with one of them
    /// would show it to every reader and in every share.
    public static let placeholderLines = [
        "Mở đầu: một hoặc hai câu nêu điều chính của tin.",
        "Viết nội dung ở đây.",
    ]
}
