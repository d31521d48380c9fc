/** Issue 8's page-speed targets: `npm run perf` checks the medians against them, and its chart draws them. */
export const TARGETS = { mobileScore: 95, desktopScore: 100, cls: 0.02, mobileLcpMs: 2000 } as const;
