// Reads the e-mails the portal sent, from the maildev server the test script starts.

const apiPort = process.env.MAILDEV_API_PORT;

export interface Mail {
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
}

/// Waits up to 20 s for a message to `address` whose subject is `subject`, or matches it,
/// newest first.
export async function waitForMail(address: string, subject: string | RegExp): Promise<Mail> {
  if (!apiPort) {
    throw new Error("MAILDEV_API_PORT is not set: run the browser tests through the repository's test script");
  }

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`http://127.0.0.1:${apiPort}/api/email`);
    const mails = (await response.json()) as Mail[];
    const match = mails
      .reverse()
      .find((mail) => matches(mail.subject, subject) && mail.to.some((to) => to.address === address));
    if (match) {
      return match;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail "${subject}" to ${address} within 20 s`);
}

/// Returns the first link in a message's text that contains `path`.
export function linkIn(mail: Mail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://\\S*${path}\\S*`));
  if (!match) {
    throw new Error(`no ${path} link in: ${mail.text}`);
  }
  return match[0];
}

/// Returns an address no earlier run used, so tests can sign up again and again.
export function uniqueAddress(name: string, project: string): string {
  return `${name}.${project}.${Date.now()}@example.com`;
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === "string" ? actual === expected : expected.test(actual);
}
