"""English page furniture: lines that web pages, feeds and social posts wrap around a report.

Data for tally.ingest.furniture, which compares whole lines only: a line is dropped when, lower-cased
and with surrounding punctuation and arrows trimmed, it equals one of LINES or fully matches one of
PATTERNS. A sentence that merely contains one of these words is never touched.
"""

#: Whole lines that are interface text (buttons, menus, sharing, social-media chrome, bot checks).
LINES = frozenset(
    {
        # navigation
        "back to top",
        "skip to content",
        "skip to main content",
        "menu",
        "main menu",
        "search",
        "home",
        "tags",
        "categories",
        "prev",
        "next",
        "previous",
        "older posts",
        "newer posts",
        "load more",
        "show more",
        "read more",
        "continue reading",
        "read also",
        "see also",
        "print",
        "email",
        "rss",
        "advertisement",
        "sponsored",
        "subscribe",
        "newsletter",
        "sign up for our newsletter",
        "contact us",
        "about us",
        "privacy policy",
        "terms of use",
        "all rights reserved",
        "loader",
        "loading",
        # sharing
        "share",
        "share this",
        "share this article",
        "share this post",
        "share this story",
        "like this",
        "like this:",
        "copy link",
        "copy link to tweet",
        "embed tweet",
        # social-media chrome
        "post",
        "tweet",
        "reply",
        "retweet",
        "retweeted",
        "quote tweet",
        "like",
        "liked",
        "more",
        "undo",
        "follow",
        "following",
        "report tweet",
        "report post",
        "report netzdg violation",
        "show this thread",
        "new conversation",
        "end of conversation",
        "log in",
        "sign up",
        "this post is unavailable",
        "postlog insign uppostthis post is unavailable",
        "thanks. twitter will use this to make your timeline better",
        "discover popular videos | facebook",
        "loading seems to be taking a while",
        "something went wrong",
        "something went wrong. try reloading",
        "one moment, please",
        "please wait while your request is being verified",
        "facebook",
        "twitter",
        "x",
        "instagram",
        "telegram",
        "whatsapp",
        "linkedin",
        "youtube",
        "tiktok",
        "reddit",
        # comments
        "comments",
        "leave a comment",
        "leave a reply",
        "cancel reply",
        "leave a reply cancel reply",
        "your email address will not be published",
        "required fields are marked *",
        # cookie notices
        "accept",
        "accept all",
        "accept cookies",
        "accept all cookies",
        "reject all",
        "cookie settings",
        "cookie policy",
        "manage cookies",
        "got it",
        # language switchers
        "english",
        "español",
        "français",
        "deutsch",
        "türkçe",
        "kurdî",
        "русский",
        "spanish",
        "russian",
    }
)

#: Regular expressions a whole line must match (case-insensitively) to be furniture.
PATTERNS = (
    # counters under a post: "0 retweets", "1 Like", "2 replies", "12K views"
    r"[\d.,]+\s*[km]?\s+(likes?|retweets?|replies|reply|reposts?|quotes?|quote tweets?|"
    r"comments?|shares?|views?|bookmarks?)",
    r"this post has \d+ comments?",
    r"comments?\s*\(\d+\)",
    # relative time stamps on a post: "1y", "3h", "12m"
    r"\d{1,3}\s?[smhdwy]",
    r"twitter may be over capacity.*",
    r"this browser is not supported.*",
    r"share (on|via|to) \w+",
    r"(follow|join) us on .{1,60}",
    r"telegram: contact @\w+",
    # account labels on social posts: "Facebook<page>'s Post", "<page> Verified account"
    r"facebook.{0,100}['’]s post",
    r"[^.!?]{1,100} verified account",
    # "previous post: <headline>" links to other articles
    r"(previous|prev|next) (post|article|story)\s*:.{0,300}",
    r"(read (also|more)|see also|related)\s*:.{0,300}",
    # cookie banners
    r"(we|this (web)?site) uses? cookies.{0,400}",
    r"by (continuing to use|using) (this|our) (web)?site.{0,300}cookies.{0,200}",
)

#: Marks, found anywhere in a line, where a social post's own text ends: what follows is its
#: reaction counters ("All reactions:40018 comments") and other people's comments.
POST_ENDS = frozenset({"All reactions:"})

#: Headings after which a page lists other articles (whose headlines carry their own numbers).
#: tally.ingest.furniture cuts a page at such a heading when the report's body lies above it.
TAIL_HEADINGS = frozenset(
    {
        "prev post",
        "previous post",
        "next post",
        "related",
        "related posts",
        "related news",
        "related articles",
        "related stories",
        "related content",
        "other news",
        "more news",
        "more stories",
        "latest news",
        "most read",
        "most popular",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "more from this section",
    }
)
