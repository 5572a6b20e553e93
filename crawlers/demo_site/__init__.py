"""The demo website shipped with Radar: Turkish news, tenders and complaints on 127.0.0.1."""

from crawlers.demo_site.server import Page, SiteServer
from crawlers.demo_site.site import DemoServer, DemoSite, serve

__all__ = ["DemoServer", "DemoSite", "Page", "SiteServer", "serve"]
