"""kg.relations.lead_events: the launch ceremony after a lead that launched a campaign takes the lead's day."""
from articlefacts import facts


def test_launch_ceremony_after_a_launched_campaign_is_dated_by_the_lead():
    got = facts("The Ministry of Health on Wednesday launched a national campaign to vaccinate children against measles. "
                "The launch ceremony in Hà Nội was attended by Deputy Minister Nguyễn Thị Liên Hương.", "2026-11-27", "en")
    assert ("launch ceremony", "date", "2026-11-25") in got


def test_a_lead_that_held_a_meeting_gives_its_day_to_no_later_ceremony():
    got = facts("The Ministry of Health on Wednesday held a meeting on measles. "
                "The launch ceremony in Hà Nội was attended by Deputy Minister Nguyễn Thị Liên Hương.", "2026-11-27", "en")
    assert ("launch ceremony", "date", "2026-11-25") not in got
