import { render } from 'preact';
import '../../components/theme.css';
import { RemindersSlot } from './RemindersSlot';

render(<main><h1>Retake Coach</h1><RemindersSlot /></main>, document.getElementById('app')!);
