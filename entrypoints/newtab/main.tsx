import { render } from 'preact';
import '../../components/theme.css';
import { AdaptsSlot } from './AdaptsSlot';

render(<main><h1>Retake Coach</h1><AdaptsSlot /></main>, document.getElementById('app')!);
