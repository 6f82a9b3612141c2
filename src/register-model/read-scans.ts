import { parseScanFindings, detectScanFormat } from '../core/governance/scan-findings.js'
import { scanResultScanners, type ScanResultFile } from '../core/governance/scan-record.js'
import { sha256File } from '../io/hash-file.js'
import { Inputs } from './inputs.js'
import { readJsonFile } from './read-json-file.js'

/**
 * Reads each scan-results file (SARIF 2.1.0 or osv-scanner JSON, detected from its content) with its sha256.
 * @throws DataError naming the file when it is not JSON or not a scan result modelgate reads
 */
export async function readScans(files: readonly string[]): Promise<ScanResultFile[]> {
  const scans: ScanResultFile[] = []
  for (const file of files) {
    const parsed = await readJsonFile(file, Inputs.ScanResults)
    const format = detectScanFormat(parsed, file)
    scans.push({
      file,
      sha256: await sha256File(file),
      format,
      scanners: scanResultScanners(parsed, format),
      findings: parseScanFindings(parsed, file),
    })
  }
  return scans
}
