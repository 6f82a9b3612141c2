import { describe, expect, it } from 'vitest'
import type { Alert } from '../../../../src/core/alerts/alert.js'
import {
  ALERT_PAYLOAD_SCHEMA,
  jsonPayload,
  slackEscape,
  slackPayload,
  teamsEscape,
  teamsPayload,
} from '../../../../src/core/alerts/webhook-payloads.js'

const alert: Alert = {
  subject: { model: 'churn', alias: 'champion' },
  source: 'canary',
  firing: true,
  headline: 'Canary rolled back at 25%: error rate 0.09 > 0.05',
  details: ['<!channel> & <@U123> in a value', '**bold** [x](https://evil.example)'],
  at: '2026-12-01T06:00:00Z',
  reportUrl: 'https://github.com/acme/churn/actions/runs/9',
  runUrl: 'javascript:alert(1)',
}

describe('Slack incoming-webhook payload', () => {
  it('has the fallback text and header, section and context blocks within Slack’s limits', () => {
    const payload = slackPayload(alert) as {
      text: string
      blocks: { type: string; text?: { type: string; text: string } }[]
    }
    expect(payload.text).toBe('Alert: churn@champion: Canary rolled back at 25%: error rate 0.09 &gt; 0.05')
    expect(payload.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context'])
    expect(payload.blocks[0]?.text).toEqual({
      type: 'plain_text',
      text: 'Alert: churn@champion: Canary rolled back at 25%: error rate 0.09 > 0.05',
    })
    expect(payload.blocks[0]?.text?.text.length).toBeLessThanOrEqual(150)
    expect(payload.blocks[1]?.text?.type).toBe('mrkdwn')
  })

  it('escapes &, < and > in every mrkdwn text, so no data becomes a mention or a link', () => {
    const json = JSON.stringify(slackPayload(alert))
    expect(json).not.toMatch(/<!channel>|<@U123>/)
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;')
    expect(slackEscape('a<b>&c')).toBe('a&lt;b&gt;&amp;c')
  })

  it('links only http(s) URLs: the report link is there, the javascript: run link is not', () => {
    const json = JSON.stringify(slackPayload(alert))
    expect(json).toContain('<https://github.com/acme/churn/actions/runs/9|Report>')
    expect(json).not.toContain('javascript:')
  })
})

describe('Microsoft Teams payload', () => {
  it('is a message with one Adaptive Card 1.4 attachment: title, facts, details and an OpenUrl action', () => {
    const payload = teamsPayload(alert) as {
      type: string
      attachments: { contentType: string; contentUrl: null; content: Record<string, unknown> }[]
    }
    expect(payload.type).toBe('message')
    expect(payload.attachments).toHaveLength(1)
    const [attachment] = payload.attachments
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(attachment?.contentUrl).toBeNull()
    const card = attachment?.content as { type: string; version: string; body: { type: string }[]; actions: unknown[] }
    expect(card.type).toBe('AdaptiveCard')
    expect(card.version).toBe('1.4')
    expect(card.body.map((b) => b.type)).toEqual(['TextBlock', 'FactSet', 'TextBlock', 'TextBlock'])
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Report', url: 'https://github.com/acme/churn/actions/runs/9' },
    ])
  })

  it('escapes the card Markdown subset in data: no emphasis, links or list starts, no live URL', () => {
    expect(teamsEscape('**bold** [x](https://evil.example)')).toBe(
      '\\*\\*bold\\*\\* \\[x\\]\\(https:\u200b//evil.example\\)',
    )
    expect(teamsEscape('- item')).toBe('\\- item')
    expect(teamsEscape('1. item')).toBe('1\\. item')
  })
})

describe('generic JSON payload', () => {
  it('is the alert as data with a schema id, unescaped', () => {
    expect(jsonPayload(alert)).toEqual({
      schema: ALERT_PAYLOAD_SCHEMA,
      state: 'firing',
      source: 'canary',
      model: 'churn',
      alias: 'champion',
      headline: alert.headline,
      details: alert.details,
      at: alert.at,
      report_url: alert.reportUrl,
      run_url: alert.runUrl,
    })
  })
})
